using Portal.Domain.Identity;
using Portal.Domain.Tenants;

namespace Portal.Application.Identity.Queries.RevalidateSignIn;

/// <summary>
/// The membership fingerprint now; when it changed (null otherwise), the user's tenants listed again and their Platform
/// memberships with the roles.
/// </summary>
public sealed record SignInRevalidation(
    string MembershipHash,
    IReadOnlyList<Tenant>? RefreshedTenants,
    IReadOnlyList<PlatformMembership>? RefreshedMemberships = null);
