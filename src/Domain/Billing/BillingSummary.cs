using Portal.Domain.Common;

namespace Portal.Domain.Billing;

/// <summary>
/// The customer's billing at a glance: invoice counts by status, the issued and overdue invoices' total, and the latest
/// invoices. The counts are the Platform's by stored status: an issued invoice past its due date counts as issued, and
/// void or refunded invoices count in no status, only in the total.
/// </summary>
public sealed record BillingSummary
{
    public BillingSummary(
        int totalInvoices,
        int draftInvoices,
        int issuedInvoices,
        int overdueInvoices,
        int paidInvoices,
        Money? issuedAndOverdueTotal,
        IReadOnlyList<InvoiceSummary> recentInvoices)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(totalInvoices);
        ArgumentOutOfRangeException.ThrowIfNegative(draftInvoices);
        ArgumentOutOfRangeException.ThrowIfNegative(issuedInvoices);
        ArgumentOutOfRangeException.ThrowIfNegative(overdueInvoices);
        ArgumentOutOfRangeException.ThrowIfNegative(paidInvoices);
        ArgumentNullException.ThrowIfNull(recentInvoices);
        TotalInvoices = totalInvoices;
        DraftInvoices = draftInvoices;
        IssuedInvoices = issuedInvoices;
        OverdueInvoices = overdueInvoices;
        PaidInvoices = paidInvoices;
        IssuedAndOverdueTotal = issuedAndOverdueTotal;
        RecentInvoices = recentInvoices;
    }

    public int TotalInvoices { get; }

    public int DraftInvoices { get; }

    public int IssuedInvoices { get; }

    public int OverdueInvoices { get; }

    public int PaidInvoices { get; }

    /// <summary>
    /// The gross totals of the issued and overdue invoices added up, as the Platform computes it: payments already made on
    /// them are not subtracted, so this is not what is left to pay, and the Platform labels it in one currency whatever
    /// the invoices' own. Null when the Platform gives none.
    /// </summary>
    public Money? IssuedAndOverdueTotal { get; }

    /// <summary>The latest invoices, newest first.</summary>
    public IReadOnlyList<InvoiceSummary> RecentInvoices { get; }
}
