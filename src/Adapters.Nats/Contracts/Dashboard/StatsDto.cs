using System.Text.Json.Serialization;
using Portal.Adapters.Nats.Contracts.Common;

namespace Portal.Adapters.Nats.Contracts.Dashboard;

/// <summary>
/// <c>stats {patients, claims, encounters, insurance}</c>, also the <c>data</c> of a <c>stats</c> broadcast. A block that is
/// no object is absent: its figures are unknown.
/// </summary>
internal sealed class StatsDto
{
    [JsonPropertyName("patients")]
    [JsonConverter(typeof(ObjectOrAbsentConverter<PatientStatsDto>))]
    public PatientStatsDto? Patients { get; init; }

    [JsonPropertyName("claims")]
    [JsonConverter(typeof(ObjectOrAbsentConverter<ClaimStatsDto>))]
    public ClaimStatsDto? Claims { get; init; }

    [JsonPropertyName("encounters")]
    [JsonConverter(typeof(ObjectOrAbsentConverter<EncounterStatsDto>))]
    public EncounterStatsDto? Encounters { get; init; }

    [JsonPropertyName("insurance")]
    [JsonConverter(typeof(ObjectOrAbsentConverter<InsuranceStatsDto>))]
    public InsuranceStatsDto? Insurance { get; init; }
}
