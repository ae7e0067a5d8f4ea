using MediatR;
using Portal.Application.Billing.Ports;
using Portal.Domain.Billing;
using Portal.Domain.Common;

namespace Portal.Application.Billing.Queries.GetBillingSummary;

/// <summary>
/// Asks for the summary and the newest invoices at once. The Platform's summary names no currency of its own invoices,
/// so the latest invoices, which do, come from the invoice list and decide the total's currency.
/// </summary>
internal sealed class GetBillingSummaryQueryHandler(IBillingLedger ledger) : IRequestHandler<GetBillingSummaryQuery, BillingSummaryView>
{
    /// <summary>As many as the Platform's own summary lists.</summary>
    public const int LatestCount = 5;

    public async Task<BillingSummaryView> Handle(GetBillingSummaryQuery request, CancellationToken cancellationToken)
    {
        var scope = request.Access.ToScope();
        var summary = ledger.GetSummaryAsync(scope, cancellationToken);
        var latest = ledger.ListInvoicesAsync(scope, InvoiceFilter.All, new PageRequest(1, LatestCount), cancellationToken);
        await Task.WhenAll(summary, latest).ConfigureAwait(false);
        var invoices = latest.Result;

        // A Platform that pages by its own size may send more than were asked for: all of them tell the currency, the
        // page shows the latest few. The Platform lists them newest first; they are not ordered again here, so one whose
        // creation time could not be read keeps its place. A list the Platform gave no total of may have more than it sent.
        return new BillingSummaryView(
            summary.Result.InCurrencyOf(invoices.Items, allInvoices: !invoices.TotalUnknown && invoices.TotalItems <= invoices.Items.Count),
            invoices.Items.Count <= LatestCount ? invoices.Items : invoices.Items.Take(LatestCount).ToArray());
    }
}
