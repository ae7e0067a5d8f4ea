using System.Text.Json.Serialization;

namespace Portal.Adapters.Nats.Contracts.Dashboard;

/// <summary><c>{id, type, description, timestamp, user}</c>, also the <c>data</c> of an <c>activity</c> broadcast.</summary>
internal sealed class ActivityDto
{
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    [JsonPropertyName("type")]
    public string? Type { get; init; }

    [JsonPropertyName("description")]
    public string? Description { get; init; }

    [JsonPropertyName("timestamp")]
    public string? Timestamp { get; init; }

    [JsonPropertyName("user")]
    public string? User { get; init; }
}
