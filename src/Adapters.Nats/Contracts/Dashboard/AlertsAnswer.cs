using System.Text.Json.Serialization;
using Portal.Adapters.Nats.Contracts.Common;

namespace Portal.Adapters.Nats.Contracts.Dashboard;

/// <summary><c>htpi.dashboard.get.alerts</c> answer: <c>success</c>, <c>alerts[]</c>.</summary>
internal sealed class AlertsAnswer : TenantAnswer
{
    [JsonPropertyName("alerts")]
    [JsonConverter(typeof(ObjectRowsConverter<AlertDto>))]
    public IReadOnlyList<AlertDto>? Alerts { get; init; }
}
