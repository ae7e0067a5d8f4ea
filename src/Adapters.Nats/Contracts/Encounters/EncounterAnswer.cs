using System.Text.Json.Serialization;
using Portal.Adapters.Nats.Contracts.Common;

namespace Portal.Adapters.Nats.Contracts.Encounters;

/// <summary>
/// <c>htpi.encounters.get</c> answer: <c>{success, encounter}</c>, or <c>{success:false, error:"Encounter not found"}</c>;
/// a missing or null <c>encounter</c> means not found too.
/// </summary>
internal sealed class EncounterAnswer : TenantAnswer
{
    [JsonPropertyName("encounter")]
    public EncounterDto? Encounter { get; init; }
}
