using System.Text.Json.Serialization;

namespace Portal.Adapters.Nats.Contracts.Dashboard;

/// <summary><c>stats {patients, claims, encounters, insurance}</c>, also the <c>data</c> of a <c>stats</c> broadcast.</summary>
internal sealed class StatsDto
{
    [JsonPropertyName("patients")]
    public PatientStatsDto? Patients { get; init; }

    [JsonPropertyName("claims")]
    public ClaimStatsDto? Claims { get; init; }

    [JsonPropertyName("encounters")]
    public EncounterStatsDto? Encounters { get; init; }

    [JsonPropertyName("insurance")]
    public InsuranceStatsDto? Insurance { get; init; }
}
