using MediatR;
using Portal.Application.Services.Ports;
using Portal.Domain.Services;

namespace Portal.Application.Services.Queries.GetServicesSummary;

internal sealed class GetServicesSummaryQueryHandler(IServiceCatalog catalog) : IRequestHandler<GetServicesSummaryQuery, ServicesSummary>
{
    public Task<ServicesSummary> Handle(GetServicesSummaryQuery request, CancellationToken cancellationToken) =>
        catalog.GetSummaryAsync(request.Access.ToScope(), cancellationToken);
}
