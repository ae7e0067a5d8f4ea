using MediatR;
using Portal.Application.Billing.Ports;
using Portal.Domain.Billing;

namespace Portal.Application.Billing.Queries.GetBillingSummary;

internal sealed class GetBillingSummaryQueryHandler(IBillingLedger ledger) : IRequestHandler<GetBillingSummaryQuery, BillingSummary>
{
    public Task<BillingSummary> Handle(GetBillingSummaryQuery request, CancellationToken cancellationToken) =>
        ledger.GetSummaryAsync(request.Access.ToScope(), cancellationToken);
}
