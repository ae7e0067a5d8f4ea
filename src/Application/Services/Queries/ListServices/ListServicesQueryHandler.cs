using MediatR;
using Portal.Application.Services.Ports;
using Portal.Domain.Common;
using Portal.Domain.Services;

namespace Portal.Application.Services.Queries.ListServices;

internal sealed class ListServicesQueryHandler(IServiceCatalog catalog) : IRequestHandler<ListServicesQuery, Page<CustomerService>>
{
    public Task<Page<CustomerService>> Handle(ListServicesQuery request, CancellationToken cancellationToken) =>
        catalog.ListAsync(
            request.Access.ToScope(),
            new ServiceFilter(
                ServiceCodes.Statuses.ParseOptional(request.Status),
                string.IsNullOrWhiteSpace(request.ServiceType) ? null : request.ServiceType.Trim()),
            new PageRequest(request.Page, request.PageSize),
            cancellationToken);
}
