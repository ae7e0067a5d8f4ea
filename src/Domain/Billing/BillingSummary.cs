using Portal.Domain.Common;

namespace Portal.Domain.Billing;

/// <summary>The customer's billing at a glance: invoice counts, what is due, and the latest invoices.</summary>
public sealed record BillingSummary
{
    public BillingSummary(
        int totalInvoices,
        int draftInvoices,
        int issuedInvoices,
        int overdueInvoices,
        int paidInvoices,
        Money? totalAmountDue,
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
        TotalAmountDue = totalAmountDue;
        RecentInvoices = recentInvoices;
    }

    public int TotalInvoices { get; }

    public int DraftInvoices { get; }

    public int IssuedInvoices { get; }

    public int OverdueInvoices { get; }

    public int PaidInvoices { get; }

    /// <summary>
    /// Everything still to be paid, in one currency. Null when the Platform gives no single-currency total
    /// (nothing is due, or the debts are in several currencies and cannot be added up).
    /// </summary>
    public Money? TotalAmountDue { get; }

    /// <summary>The latest invoices, newest first.</summary>
    public IReadOnlyList<InvoiceSummary> RecentInvoices { get; }
}
