using MediatR;
using Portal.Application.Services.Ports;
using Portal.Domain.Services;

namespace Portal.Application.Services.Queries.GetServiceUsage;

internal sealed class GetServiceUsageQueryHandler(IServiceCatalog catalog) : IRequestHandler<GetServiceUsageQuery, UsageSeries>
{
    public Task<UsageSeries> Handle(GetServiceUsageQuery request, CancellationToken cancellationToken) =>
        catalog.GetUsageAsync(
            request.Access.ToScope(),
            new ServiceId(request.ServiceId),
            ServiceCodes.UsagePeriods.Parse(request.Period),
            cancellationToken);
}
