namespace Portal.Domain.Billing;

/// <summary>
/// How many documents the customer has in all, whatever the list's filters (the Platform counts them so): invoices,
/// proformas, and the invoices not yet paid (draft, issued or overdue).
/// </summary>
public sealed record BillingDocumentCounts
{
    public BillingDocumentCounts(int invoices, int proformas, int unpaidInvoices, int total)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(invoices);
        ArgumentOutOfRangeException.ThrowIfNegative(proformas);
        ArgumentOutOfRangeException.ThrowIfNegative(unpaidInvoices);
        ArgumentOutOfRangeException.ThrowIfNegative(total);
        Invoices = invoices;
        Proformas = proformas;
        UnpaidInvoices = unpaidInvoices;
        Total = total;
    }

    public int Invoices { get; }

    public int Proformas { get; }

    public int UnpaidInvoices { get; }

    public int Total { get; }
}
