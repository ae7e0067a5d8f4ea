namespace Portal.Adapters.Http.Billing.Dtos;

/// <summary>The documents list's <c>summary</c>: counts of all the customer's documents, whatever the filters.</summary>
internal sealed class DocumentCountsDto
{
    public int? InvoiceCount { get; set; }

    public int? ProformaCount { get; set; }

    public int? UnpaidInvoiceCount { get; set; }

    public int? TotalCount { get; set; }
}
