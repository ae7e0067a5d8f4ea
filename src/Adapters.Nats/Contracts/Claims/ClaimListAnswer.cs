using System.Text.Json.Serialization;

namespace Portal.Adapters.Nats.Contracts.Claims;

/// <summary><c>htpi.claims.list.for.patient</c> answer: <c>claims[]</c>.</summary>
internal sealed class ClaimListAnswer
{
    [JsonPropertyName("claims")]
    public IReadOnlyList<ClaimDto>? Claims { get; init; }
}
