using MediatR;
using Portal.Application.Billing.Ports;
using Portal.Domain.Billing;
using Portal.Domain.Common;

namespace Portal.Application.Billing.Queries.ListInvoices;

internal sealed class ListInvoicesQueryHandler(IBillingLedger ledger) : IRequestHandler<ListInvoicesQuery, Page<InvoiceSummary>>
{
    public Task<Page<InvoiceSummary>> Handle(ListInvoicesQuery request, CancellationToken cancellationToken) =>
        ledger.ListInvoicesAsync(
            request.Access.ToScope(),
            new InvoiceFilter(BillingCodes.InvoiceStatuses.ParseOptional(request.Status)),
            new PageRequest(request.Page, request.PageSize),
            cancellationToken);
}
