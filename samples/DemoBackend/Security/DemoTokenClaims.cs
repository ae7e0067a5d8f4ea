namespace Portal.Demo.Backend.Security;

/// <summary>What a valid demo token says.</summary>
internal sealed record DemoTokenClaims(string UserId, string Email, string Role, string Portal, DateTimeOffset ExpiresAt);
