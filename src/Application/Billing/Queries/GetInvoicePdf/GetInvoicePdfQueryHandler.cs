using MediatR;
using Portal.Application.Billing.Ports;
using Portal.Domain.Billing;

namespace Portal.Application.Billing.Queries.GetInvoicePdf;

internal sealed class GetInvoicePdfQueryHandler(IBillingLedger ledger) : IRequestHandler<GetInvoicePdfQuery, BillingPdf>
{
    public Task<BillingPdf> Handle(GetInvoicePdfQuery request, CancellationToken cancellationToken) =>
        ledger.OpenInvoicePdfAsync(request.Access.ToScope(), new InvoiceNumber(request.Number), cancellationToken);
}
