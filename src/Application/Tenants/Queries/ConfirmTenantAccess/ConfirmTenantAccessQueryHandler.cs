using MediatR;

namespace Portal.Application.Tenants.Queries.ConfirmTenantAccess;

/// <summary>Has nothing to fetch: the pipeline's access check, which runs before the answer is released, is the query.</summary>
internal sealed class ConfirmTenantAccessQueryHandler : IRequestHandler<ConfirmTenantAccessQuery, Unit>
{
    public Task<Unit> Handle(ConfirmTenantAccessQuery request, CancellationToken cancellationToken) => Task.FromResult(Unit.Value);
}
