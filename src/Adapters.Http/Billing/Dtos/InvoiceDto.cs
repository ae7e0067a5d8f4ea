using System.Text.Json.Serialization;
using Portal.Adapters.Http.Platform.Json;

namespace Portal.Adapters.Http.Billing.Dtos;

/// <summary>An invoice as lists send it; the detail endpoint adds amounts, dates, lines and the addressee.</summary>
internal sealed class InvoiceDto
{
    [JsonConverter(typeof(FlexibleStringConverter))]
    public string? Id { get; set; }

    public string? Number { get; set; }

    public string? Status { get; set; }

    public long? TotalCents { get; set; }

    public string? Currency { get; set; }

    public string? DueAt { get; set; }

    public string? CreatedAt { get; set; }

    public bool IsOverdue { get; set; }

    /// <summary>In cents, like every amount the Platform sends.</summary>
    public long? AmountDue { get; set; }

    public long? SubtotalCents { get; set; }

    public long? TaxCents { get; set; }

    public string? IssuedAt { get; set; }

    public string? PaidAt { get; set; }

    public List<InvoiceLineDto?>? Lines { get; set; }

    public BillToDto? BillTo { get; set; }
}
