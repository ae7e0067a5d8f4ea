using System.Text.Json.Serialization;

namespace Portal.Adapters.Nats.Contracts.Dashboard;

/// <summary><c>patients {total, new_this_month, active}</c>.</summary>
internal sealed class PatientStatsDto
{
    [JsonPropertyName("total")]
    public int? Total { get; init; }

    [JsonPropertyName("new_this_month")]
    public int? NewThisMonth { get; init; }

    [JsonPropertyName("active")]
    public int? Active { get; init; }
}
