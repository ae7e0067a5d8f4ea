using System.Text.Json;
using System.Text.Json.Serialization;

namespace Portal.Adapters.Nats.Contracts.Dashboard;

/// <summary>
/// <c>claims {total, pending, approved, denied, total_amount}</c>; the amount is dollars, which the public dashboard
/// service sends as formatted text (<c>"$123,456"</c>) and others as a number, so it is kept raw and read tolerantly.
/// </summary>
internal sealed class ClaimStatsDto
{
    [JsonPropertyName("total")]
    public int? Total { get; init; }

    [JsonPropertyName("pending")]
    public int? Pending { get; init; }

    [JsonPropertyName("approved")]
    public int? Approved { get; init; }

    [JsonPropertyName("denied")]
    public int? Denied { get; init; }

    [JsonPropertyName("total_amount")]
    public JsonElement? TotalAmount { get; init; }
}
