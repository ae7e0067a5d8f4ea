namespace Portal.Adapters.Http.Billing.Dtos;

internal sealed class BillingSummaryDto
{
    public int TotalInvoices { get; set; }

    public int DraftInvoices { get; set; }

    public int IssuedInvoices { get; set; }

    public int OverdueInvoices { get; set; }

    public int PaidInvoices { get; set; }

    public long? TotalAmountDueCents { get; set; }

    /// <summary>Null when nothing is due or the debts are in several currencies.</summary>
    public string? CurrencyCode { get; set; }

    public List<InvoiceDto?>? RecentInvoices { get; set; }
}
