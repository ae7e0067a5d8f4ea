namespace Portal.Demo.Backend.Data;

/// <summary>A user's place in one tenant: their Platform role there (owner, admin, billing, technical, viewer).</summary>
internal sealed record DemoMembership(string TenantId, string PlatformRole, bool IsPrimary);
