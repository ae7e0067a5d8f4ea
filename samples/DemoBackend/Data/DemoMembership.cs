namespace Portal.Demo.Backend.Data;

/// <summary>
/// A user's place in one tenant. <see cref="Role"/> is the Platform role there (owner, billing, tech, viewer). A
/// deactivated membership (<see cref="IsActive"/> false, as the Platform's "remove user" leaves it) is still listed by
/// the Platform's <c>users/customers/</c> but grants nothing, on the Platform or on HTPI.
/// </summary>
internal sealed record DemoMembership(string TenantId, string Role, bool IsPrimary, bool IsActive = true);
