using System.Text.Json.Serialization;

namespace Portal.Adapters.Nats.Contracts.Dashboard;

/// <summary><c>htpi.dashboard.get.alerts</c> answer: <c>success</c>, <c>alerts[]</c>.</summary>
internal sealed class AlertsAnswer
{
    [JsonPropertyName("alerts")]
    public IReadOnlyList<AlertDto>? Alerts { get; init; }
}
