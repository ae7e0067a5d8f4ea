namespace Portal.Adapters.Http.Billing.Dtos;

/// <summary>An invoice as lists send it; the detail endpoint adds amounts, dates, lines and the addressee.</summary>
internal sealed class InvoiceDto : BillingDocumentDto, IInvoiceItemFields
{
    public string? DueAt { get; set; }

    public bool? IsOverdue { get; set; }

    /// <summary>In cents, like every amount the Platform sends.</summary>
    public long? AmountDue { get; set; }

    public string? IssuedAt { get; set; }

    public string? PaidAt { get; set; }
}
