using MediatR;
using Portal.Application.Billing.Ports;
using Portal.Domain.Billing;

namespace Portal.Application.Billing.Queries.GetProformaPdf;

internal sealed class GetProformaPdfQueryHandler(IBillingLedger ledger) : IRequestHandler<GetProformaPdfQuery, BillingPdf>
{
    public Task<BillingPdf> Handle(GetProformaPdfQuery request, CancellationToken cancellationToken) =>
        ledger.OpenProformaPdfAsync(request.Access.ToScope(), new ProformaNumber(request.Number), cancellationToken);
}
