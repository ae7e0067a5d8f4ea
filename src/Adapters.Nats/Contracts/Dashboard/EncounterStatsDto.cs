using System.Text.Json.Serialization;
using Portal.Adapters.Nats.Contracts.Common;

namespace Portal.Adapters.Nats.Contracts.Dashboard;

/// <summary><c>encounters {today, this_week, this_month}</c>.</summary>
internal sealed class EncounterStatsDto
{
    [JsonPropertyName("today")]
    [JsonConverter(typeof(WholeNumberOrAbsentConverter))]
    public int? Today { get; init; }

    [JsonPropertyName("this_week")]
    [JsonConverter(typeof(WholeNumberOrAbsentConverter))]
    public int? ThisWeek { get; init; }

    [JsonPropertyName("this_month")]
    [JsonConverter(typeof(WholeNumberOrAbsentConverter))]
    public int? ThisMonth { get; init; }
}
