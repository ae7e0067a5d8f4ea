using MediatR;
using Portal.Application.Services.Ports;
using Portal.Domain.Services;

namespace Portal.Application.Services.Queries.ListServicePlans;

internal sealed class ListServicePlansQueryHandler(IServiceCatalog catalog) : IRequestHandler<ListServicePlansQuery, IReadOnlyList<ServicePlan>>
{
    public Task<IReadOnlyList<ServicePlan>> Handle(ListServicePlansQuery request, CancellationToken cancellationToken) =>
        catalog.ListPlansAsync(request.Access.ToScope(), cancellationToken);
}
