using System.Text.Json.Serialization;
using Portal.Adapters.Nats.Contracts.Common;

namespace Portal.Adapters.Nats.Contracts.Claims;

/// <summary><c>htpi.claims.list.for.patient</c> answer: <c>claims[]</c>.</summary>
internal sealed class ClaimListAnswer : TenantAnswer
{
    [JsonPropertyName("claims")]
    [JsonConverter(typeof(ObjectRowsConverter<ClaimDto>))]
    public IReadOnlyList<ClaimDto>? Claims { get; init; }
}
