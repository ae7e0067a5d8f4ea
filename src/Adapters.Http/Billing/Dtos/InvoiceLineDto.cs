using System.Text.Json.Serialization;
using Portal.Adapters.Http.Platform.Json;

namespace Portal.Adapters.Http.Billing.Dtos;

internal sealed class InvoiceLineDto
{
    public string? Description { get; set; }

    public string? Kind { get; set; }

    /// <summary>A decimal string with three places ("1.000"); a JSON number is read too.</summary>
    [JsonConverter(typeof(StrictNumberConverter<decimal>))]
    public decimal? Quantity { get; set; }

    public long? UnitPriceCents { get; set; }

    public string? UnitPrice { get; set; }

    /// <summary>A decimal string holding a fraction: "0.2100" is 21 %.</summary>
    [JsonConverter(typeof(StrictNumberConverter<decimal>))]
    public decimal? TaxRate { get; set; }

    public long? LineTotalCents { get; set; }

    public string? LineTotal { get; set; }

    public string? DomainName { get; set; }

    /// <summary>Date-only, <c>YYYY-MM-DD</c>, or null.</summary>
    public string? PeriodStart { get; set; }

    public string? PeriodEnd { get; set; }
}
