using MediatR;
using Portal.Application.Tenants.Ports;
using Portal.Domain.Identity;
using Portal.Domain.Tenants;

namespace Portal.Application.Tenants.Queries.ListTenants;

internal sealed class ListTenantsQueryHandler(ITenantDirectory tenants) : IRequestHandler<ListTenantsQuery, IReadOnlyList<Tenant>>
{
    public Task<IReadOnlyList<Tenant>> Handle(ListTenantsQuery request, CancellationToken cancellationToken) =>
        tenants.ListForUserAsync(new AccessToken(request.Token), new UserId(request.UserId), cancellationToken);
}
