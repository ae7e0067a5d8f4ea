using System.Text.Json.Serialization;
using Portal.Adapters.Nats.Contracts.Common;

namespace Portal.Adapters.Nats.Contracts.Dashboard;

/// <summary><c>patients {total, new_this_month, active}</c>.</summary>
internal sealed class PatientStatsDto
{
    [JsonPropertyName("total")]
    [JsonConverter(typeof(WholeNumberOrAbsentConverter))]
    public int? Total { get; init; }

    [JsonPropertyName("new_this_month")]
    [JsonConverter(typeof(WholeNumberOrAbsentConverter))]
    public int? NewThisMonth { get; init; }

    [JsonPropertyName("active")]
    [JsonConverter(typeof(WholeNumberOrAbsentConverter))]
    public int? Active { get; init; }
}
