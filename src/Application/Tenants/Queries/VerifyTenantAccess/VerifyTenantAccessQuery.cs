using MediatR;
using Portal.Application.Common.Access;

namespace Portal.Application.Tenants.Queries.VerifyTenantAccess;

/// <summary>
/// Completes when the caller may see the tenant and fails with <see cref="Common.Exceptions.NotFoundException"/> otherwise.
/// Web sends it before opening a tenant's live-update stream. The check itself is
/// <see cref="Common.Behaviours.TenantAccessBehavior{TRequest,TResponse}"/>'s; the handler has nothing left to ask.
/// </summary>
public sealed record VerifyTenantAccessQuery(AccessContext Access) : IRequest<Unit>, ITenantScopedRequest;
