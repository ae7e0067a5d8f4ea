using System.Text.Json;
using System.Text.Json.Serialization;
using Portal.Adapters.Nats.Contracts.Common;

namespace Portal.Adapters.Nats.Contracts.Broadcasts;

/// <summary>
/// <c>customer.broadcast.dashboard.&lt;tenantId&gt;</c>: <c>{type, data, timestamp, tenantId}</c>. <c>data</c> is kept raw
/// because its shape follows <c>type</c>: stats for <c>stats</c>, an activity for <c>activity</c>.
/// </summary>
internal sealed class DashboardBroadcast
{
    [JsonPropertyName("type")]
    public string? Type { get; init; }

    [JsonPropertyName("data")]
    public JsonElement? Data { get; init; }

    [JsonPropertyName("timestamp")]
    public string? Timestamp { get; init; }

    [JsonPropertyName("tenantId")]
    [JsonConverter(typeof(StringOrNumberConverter))]
    public string? TenantId { get; init; }
}
