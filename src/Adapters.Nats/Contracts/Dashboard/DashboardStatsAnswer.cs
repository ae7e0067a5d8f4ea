using System.Text.Json.Serialization;
using Portal.Adapters.Nats.Contracts.Common;

namespace Portal.Adapters.Nats.Contracts.Dashboard;

/// <summary><c>htpi.dashboard.get.stats</c> answer: <c>success</c>, <c>stats</c>, <c>tenantId</c>.</summary>
internal sealed class DashboardStatsAnswer : TenantAnswer
{
    [JsonPropertyName("stats")]
    public StatsDto? Stats { get; init; }
}
