using System.Text.Json.Serialization;

namespace Portal.Adapters.Nats.Contracts.Dashboard;

/// <summary>
/// <c>{id, type, title, message, timestamp}</c>; <c>type</c> is the severity (info, warning, error). The optional
/// <c>patientId</c> and <c>claimId</c> name what the alert is about, when a backend sends them.
/// </summary>
internal sealed class AlertDto
{
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    [JsonPropertyName("type")]
    public string? Type { get; init; }

    [JsonPropertyName("title")]
    public string? Title { get; init; }

    [JsonPropertyName("message")]
    public string? Message { get; init; }

    [JsonPropertyName("timestamp")]
    public string? Timestamp { get; init; }

    [JsonPropertyName("patientId")]
    public string? PatientId { get; init; }

    [JsonPropertyName("claimId")]
    public string? ClaimId { get; init; }
}
