using System.Text.Json.Serialization;
using Portal.Adapters.Http.Platform.Json;

namespace Portal.Adapters.Http.Billing.Dtos;

/// <summary>The fields invoices and proformas share on the wire; each adds its own dates and flags.</summary>
internal abstract class BillingDocumentDto
{
    public string? Id { get; set; }

    public string? Number { get; set; }

    public string? Status { get; set; }

    public long? TotalCents { get; set; }

    /// <summary>The total as a decimal string in currency units, read when <see cref="TotalCents"/> is missing.</summary>
    public string? Total { get; set; }

    public CurrencyDto? Currency { get; set; }

    /// <summary>
    /// Not in the contract: the code alone, as the summary names its currency, read when <see cref="Currency"/> names none.
    /// </summary>
    public string? CurrencyCode { get; set; }

    public string? CreatedAt { get; set; }

    public long? SubtotalCents { get; set; }

    public string? Subtotal { get; set; }

    public long? TaxCents { get; set; }

    public string? TaxAmount { get; set; }

    [JsonConverter(typeof(ObjectRowsConverter<InvoiceLineDto>))]
    public List<InvoiceLineDto?>? Lines { get; set; }

    [JsonConverter(typeof(OptionalObjectConverter<BillToDto>))]
    public BillToDto? BillTo { get; set; }
}
