using System.Text.Json.Serialization;
using Portal.Adapters.Nats.Contracts.Common;

namespace Portal.Adapters.Nats.Contracts.Dashboard;

/// <summary><c>htpi.dashboard.get.activity</c> answer: <c>success</c>, <c>activities[]</c>.</summary>
internal sealed class ActivityAnswer : TenantAnswer
{
    [JsonPropertyName("activities")]
    public IReadOnlyList<ActivityDto>? Activities { get; init; }
}
