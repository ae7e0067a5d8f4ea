using MediatR;
using Portal.Application.Common.Access;

namespace Portal.Application.Tenants.Queries.ConfirmTenantAccess;

/// <summary>
/// Nothing but the caller's access to the tenant, for a page that shows none of the tenant's data (an empty form):
/// the access check of <see cref="Common.Behaviours.TenantAccessBehavior{TRequest,TResponse}"/> is the whole answer, so a
/// tenant that is not the caller's is the same <see cref="Common.Exceptions.NotFoundException"/> as one that does not exist.
/// </summary>
public sealed record ConfirmTenantAccessQuery(AccessContext Access) : IRequest<Unit>, ITenantScopedRequest;
