using System.Text.Json.Serialization;
using Portal.Adapters.Nats.Contracts.Encounters;

namespace Portal.Adapters.Nats.Contracts.Broadcasts;

/// <summary><c>customer.broadcast.encounters.&lt;tenantId&gt;</c>: <c>{action: "created" | "updated", encounter}</c>, no tenant or timestamp of its own.</summary>
internal sealed class EncounterBroadcast
{
    [JsonPropertyName("action")]
    public string? Action { get; init; }

    [JsonPropertyName("encounter")]
    public EncounterDto? Encounter { get; init; }
}
