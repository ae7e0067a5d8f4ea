using MediatR;
using Portal.Application.Services.Ports;
using Portal.Domain.Services;

namespace Portal.Application.Services.Queries.GetService;

internal sealed class GetServiceQueryHandler(IServiceCatalog catalog) : IRequestHandler<GetServiceQuery, ServiceDetail>
{
    public Task<ServiceDetail> Handle(GetServiceQuery request, CancellationToken cancellationToken) =>
        catalog.GetAsync(request.Access.ToScope(), new ServiceId(request.ServiceId), cancellationToken);
}
