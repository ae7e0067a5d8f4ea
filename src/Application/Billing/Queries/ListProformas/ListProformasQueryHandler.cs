using MediatR;
using Portal.Application.Billing.Ports;
using Portal.Domain.Billing;
using Portal.Domain.Common;

namespace Portal.Application.Billing.Queries.ListProformas;

internal sealed class ListProformasQueryHandler(IBillingLedger ledger) : IRequestHandler<ListProformasQuery, Page<ProformaSummary>>
{
    public Task<Page<ProformaSummary>> Handle(ListProformasQuery request, CancellationToken cancellationToken) =>
        ledger.ListProformasAsync(request.Access.ToScope(), new PageRequest(request.Page, request.PageSize), cancellationToken);
}
