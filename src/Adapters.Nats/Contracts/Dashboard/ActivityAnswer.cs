using System.Text.Json.Serialization;
using Portal.Adapters.Nats.Contracts.Common;

namespace Portal.Adapters.Nats.Contracts.Dashboard;

/// <summary><c>htpi.dashboard.get.activity</c> answer: <c>success</c>, <c>activities[]</c>.</summary>
internal sealed class ActivityAnswer : TenantAnswer
{
    [JsonPropertyName("activities")]
    [JsonConverter(typeof(ObjectRowsConverter<ActivityDto>))]
    public IReadOnlyList<ActivityDto>? Activities { get; init; }
}
