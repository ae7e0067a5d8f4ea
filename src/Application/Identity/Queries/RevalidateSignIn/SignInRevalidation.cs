using Portal.Domain.Tenants;

namespace Portal.Application.Identity.Queries.RevalidateSignIn;

/// <summary>The membership fingerprint now, and the user's tenants listed again when it changed (null when it did not).</summary>
public sealed record SignInRevalidation(string MembershipHash, IReadOnlyList<Tenant>? RefreshedTenants);
