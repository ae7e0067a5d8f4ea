namespace Portal.Adapters.Http.Billing.Dtos;

internal sealed class BillingSummaryDto
{
    public int? TotalInvoices { get; set; }

    public int? DraftInvoices { get; set; }

    public int? IssuedInvoices { get; set; }

    public int? OverdueInvoices { get; set; }

    public int? PaidInvoices { get; set; }

    /// <summary>The gross totals of issued and overdue invoices added up, payments not subtracted, currencies mixed.</summary>
    public long? TotalAmountDueCents { get; set; }

    /// <summary>Always "RON" at the Platform's commit: hard-coded, not the invoices' currency.</summary>
    public string? CurrencyCode { get; set; }
}
