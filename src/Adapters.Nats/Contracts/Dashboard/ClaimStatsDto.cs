using System.Text.Json;
using System.Text.Json.Serialization;
using Portal.Adapters.Nats.Contracts.Common;

namespace Portal.Adapters.Nats.Contracts.Dashboard;

/// <summary>
/// <c>claims {total, pending, approved, denied, total_amount}</c>; the amount is dollars, which the public dashboard
/// service sends as formatted text (<c>"$123,456"</c>) and others as a number, so it is kept raw and read tolerantly.
/// </summary>
internal sealed class ClaimStatsDto
{
    [JsonPropertyName("total")]
    [JsonConverter(typeof(WholeNumberOrAbsentConverter))]
    public int? Total { get; init; }

    [JsonPropertyName("pending")]
    [JsonConverter(typeof(WholeNumberOrAbsentConverter))]
    public int? Pending { get; init; }

    [JsonPropertyName("approved")]
    [JsonConverter(typeof(WholeNumberOrAbsentConverter))]
    public int? Approved { get; init; }

    [JsonPropertyName("denied")]
    [JsonConverter(typeof(WholeNumberOrAbsentConverter))]
    public int? Denied { get; init; }

    [JsonPropertyName("total_amount")]
    public JsonElement? TotalAmount { get; init; }
}
