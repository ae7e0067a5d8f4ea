namespace Portal.Application.Common.Access;

/// <summary>
/// A tenant-scoped request that changes data. Unlike a query, it must not reach its backend before access is granted,
/// so <see cref="Behaviours.TenantAccessBehavior{TRequest,TResponse}"/> awaits the grant before running its handler.
/// </summary>
public interface ITenantScopedCommand : ITenantScopedRequest;
