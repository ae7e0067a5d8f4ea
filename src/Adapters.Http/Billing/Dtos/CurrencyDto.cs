using System.Text.Json.Serialization;

namespace Portal.Adapters.Http.Billing.Dtos;

/// <summary>Billing's <c>currency</c> object: <c>{id (the code), code, name, symbol, decimals}</c>.</summary>
[JsonConverter(typeof(CurrencyDtoConverter))]
internal sealed class CurrencyDto
{
    public string? Id { get; set; }

    public string? Code { get; set; }

    public string? Name { get; set; }

    public string? Symbol { get; set; }

    /// <summary>The currency's decimal places; the Platform's <c>*_cents</c> are hundredths whatever this says.</summary>
    public int? Decimals { get; set; }
}
