using System.Text.Json.Serialization;

namespace Portal.Adapters.Nats.Contracts.Dashboard;

/// <summary><c>encounters {today, this_week, this_month}</c>.</summary>
internal sealed class EncounterStatsDto
{
    [JsonPropertyName("today")]
    public int? Today { get; init; }

    [JsonPropertyName("this_week")]
    public int? ThisWeek { get; init; }

    [JsonPropertyName("this_month")]
    public int? ThisMonth { get; init; }
}
