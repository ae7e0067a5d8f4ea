using MediatR;
using Portal.Application.Billing.Ports;
using Portal.Domain.Billing;

namespace Portal.Application.Billing.Queries.GetInvoice;

internal sealed class GetInvoiceQueryHandler(IBillingLedger ledger) : IRequestHandler<GetInvoiceQuery, Invoice>
{
    public Task<Invoice> Handle(GetInvoiceQuery request, CancellationToken cancellationToken) =>
        ledger.GetInvoiceAsync(request.Access.ToScope(), new InvoiceNumber(request.Number), cancellationToken);
}
