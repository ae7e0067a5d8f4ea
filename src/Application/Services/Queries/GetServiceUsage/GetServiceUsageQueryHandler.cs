using MediatR;
using Portal.Application.Services.Ports;
using Portal.Domain.Services;

namespace Portal.Application.Services.Queries.GetServiceUsage;

internal sealed class GetServiceUsageQueryHandler(IServiceCatalog catalog) : IRequestHandler<GetServiceUsageQuery, ServiceUsage>
{
    public Task<ServiceUsage> Handle(GetServiceUsageQuery request, CancellationToken cancellationToken) =>
        catalog.GetUsageAsync(
            request.Access.ToScope(),
            new ServiceId(request.ServiceId),
            ServiceCodes.UsagePeriods.Parse(request.Period),
            cancellationToken);
}
