using System.Text.Json.Serialization;
using Portal.Adapters.Nats.Contracts.Common;

namespace Portal.Adapters.Nats.Contracts.Claims;

/// <summary>A billed line: <c>{procedure_code, description, units, charge}</c>; the charge is dollars.</summary>
internal sealed class ClaimLineDto
{
    [JsonPropertyName("procedure_code")]
    [JsonConverter(typeof(StringOrNumberConverter))]
    public string? ProcedureCode { get; init; }

    [JsonPropertyName("description")]
    public string? Description { get; init; }

    [JsonPropertyName("units")]
    public int? Units { get; init; }

    [JsonPropertyName("charge")]
    [JsonConverter(typeof(DollarsConverter))]
    public decimal? Charge { get; init; }
}
