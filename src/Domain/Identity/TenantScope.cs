using Portal.Domain.Tenants;

namespace Portal.Domain.Identity;

/// <summary>
/// Who is asking (token and user) about which tenant: every tenant-scoped port call carries it. <see cref="Platform"/>
/// is the same question in the Platform's ids, null when the tenant or the user has no Platform counterpart.
/// </summary>
public sealed record TenantScope(AccessToken Token, UserId UserId, TenantId TenantId, PlatformIdentity? Platform = null);
