namespace Portal.Adapters.Http.Billing.Dtos;

/// <summary>
/// A row of <c>billing/documents/</c>: an <c>InvoiceItem</c> or a <c>ProformaItem</c>, told apart by
/// <see cref="DocumentType"/>; only the fields of its own kind are read.
/// </summary>
internal sealed class DocumentItemDto : BillingDocumentDto, IInvoiceItemFields, IProformaItemFields
{
    public string? DocumentType { get; set; }

    public string? DueAt { get; set; }

    public bool? IsOverdue { get; set; }

    public long? AmountDue { get; set; }

    public string? ValidUntil { get; set; }

    public bool? IsExpired { get; set; }
}
