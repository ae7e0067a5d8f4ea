using Portal.Application.Common.Access;

namespace Portal.Web.Identity;

/// <summary>What the sign-in cookie carries: the backend's token and, for display and access checks, whose it is.</summary>
public sealed record PortalSignIn(string Token, string UserId, string DisplayName)
{
    /// <summary>When the user signed in: the absolute lifetime counts from here. The cookie stamps it.</summary>
    public DateTimeOffset SignedInAt { get; init; }

    /// <summary>When a request last renewed the sign-in: the idle lifetime counts from here. The cookie stamps it.</summary>
    public DateTimeOffset ActiveAt { get; init; }

    /// <summary>This user's access to one tenant, for a tenant-scoped request.</summary>
    public AccessContext AccessTo(string tenantId) => new(Token, UserId, tenantId);

    /// <summary>The token stays out of logs.</summary>
    public override string ToString() => $"PortalSignIn(User = {UserId})";
}
