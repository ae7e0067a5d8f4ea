using MediatR;
using Portal.Application.Billing.Ports;
using Portal.Domain.Billing;

namespace Portal.Application.Billing.Queries.GetProforma;

internal sealed class GetProformaQueryHandler(IBillingLedger ledger) : IRequestHandler<GetProformaQuery, Proforma>
{
    public Task<Proforma> Handle(GetProformaQuery request, CancellationToken cancellationToken) =>
        ledger.GetProformaAsync(request.Access.ToScope(), new ProformaNumber(request.Number), cancellationToken);
}
