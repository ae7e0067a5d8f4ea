using Portal.Domain.Identity;
using Portal.Domain.Tenants;

namespace Portal.Application.Common.Access;

/// <summary>
/// Who is asking about which tenant, as Web received it (token and user from the caller's cookie, tenant from the URL).
/// Raw strings until validated; <see cref="ToScope"/> turns them into Domain values for the ports.
/// </summary>
public sealed record AccessContext(string Token, string UserId, string TenantId)
{
    /// <summary>The user's id on the Platform, from the sealed sign-in; null when the user has none.</summary>
    public long? PlatformUserId { get; init; }

    /// <summary>The tenant's customer id on the Platform, from the sealed sign-in; null when the tenant has none.</summary>
    public long? PlatformCustomerId { get; init; }

    /// <summary>
    /// The caller's role in the tenant's Platform customer (owner, billing, tech, viewer) as the Platform last reported it
    /// (from the sealed sign-in); null when unknown. <see cref="Behaviours.RoleRuleBehavior{TRequest,TResponse}"/> judges
    /// role-gated commands by it.
    /// </summary>
    public string? PlatformRole { get; init; }

    public TenantScope ToScope() => new(
        new AccessToken(Token),
        new UserId(UserId),
        new TenantId(TenantId),
        PlatformUserId is { } user && PlatformCustomerId is { } customer ? new PlatformIdentity(user, customer) : null);

    /// <summary>The token's value stays out of logs and exception messages.</summary>
    public override string ToString() => $"AccessContext(User = {UserId}, Tenant = {TenantId})";
}
