using System.Text.Json;
using System.Text.Json.Serialization;
using Portal.Adapters.Nats.Contracts.Common;

namespace Portal.Adapters.Nats.Contracts.Claims;

/// <summary>A billed line: <c>{procedure_code, description, units, charge}</c>; the charge is dollars.</summary>
internal sealed class ClaimLineDto
{
    [JsonPropertyName("procedure_code")]
    public string? ProcedureCode { get; init; }

    [JsonPropertyName("description")]
    public string? Description { get; init; }

    /// <summary>
    /// A number, whole or not (<c>1</c>, <c>1.0</c>, <c>0.5</c> of a timed service); kept raw, so that one the mapper cannot
    /// read costs that count alone.
    /// </summary>
    [JsonPropertyName("units")]
    public JsonElement? Units { get; init; }

    [JsonPropertyName("charge")]
    [JsonConverter(typeof(DollarsConverter))]
    public decimal? Charge { get; init; }
}
