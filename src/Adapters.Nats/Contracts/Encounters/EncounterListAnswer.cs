using System.Text.Json.Serialization;
using Portal.Adapters.Nats.Contracts.Common;

namespace Portal.Adapters.Nats.Contracts.Encounters;

/// <summary><c>htpi.encounters.list.for.patient</c> answer: <c>{success, encounters[]}</c>.</summary>
internal sealed class EncounterListAnswer : TenantAnswer
{
    [JsonPropertyName("encounters")]
    [JsonConverter(typeof(ObjectRowsConverter<EncounterDto>))]
    public IReadOnlyList<EncounterDto>? Encounters { get; init; }
}
