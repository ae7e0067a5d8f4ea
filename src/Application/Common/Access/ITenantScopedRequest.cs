namespace Portal.Application.Common.Access;

/// <summary>
/// A request about one tenant's data. <see cref="Behaviours.TenantAccessBehavior{TRequest,TResponse}"/> checks the caller's
/// access to the tenant alongside the handler and releases nothing unless access was granted.
/// </summary>
public interface ITenantScopedRequest
{
    AccessContext Access { get; }
}
