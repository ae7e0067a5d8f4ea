using MediatR;
using Portal.Application.Billing.Ports;
using Portal.Domain.Billing;

namespace Portal.Application.Billing.Queries.GetInvoicePdf;

internal sealed class GetInvoicePdfQueryHandler(IBillingLedger ledger) : IRequestHandler<GetInvoicePdfQuery, InvoiceDocument>
{
    public Task<InvoiceDocument> Handle(GetInvoicePdfQuery request, CancellationToken cancellationToken) =>
        ledger.OpenInvoicePdfAsync(request.Access.ToScope(), new InvoiceNumber(request.Number), cancellationToken);
}
