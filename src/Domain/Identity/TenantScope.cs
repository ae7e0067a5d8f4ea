using Portal.Domain.Tenants;

namespace Portal.Domain.Identity;

/// <summary>Who is asking (token and user) about which tenant: every tenant-scoped port call carries it.</summary>
public sealed record TenantScope(AccessToken Token, UserId UserId, TenantId TenantId);
