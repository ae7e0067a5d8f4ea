using MediatR;

namespace Portal.Application.Tenants.Queries.VerifyTenantAccess;

internal sealed class VerifyTenantAccessQueryHandler : IRequestHandler<VerifyTenantAccessQuery, Unit>
{
    public Task<Unit> Handle(VerifyTenantAccessQuery request, CancellationToken cancellationToken) => Task.FromResult(Unit.Value);
}
