using System.Text.Json.Serialization;
using Portal.Adapters.Nats.Contracts.Common;

namespace Portal.Adapters.Nats.Contracts.Claims;

/// <summary><c>htpi.claims.get</c> answer: <c>claim {…, lines[]}</c>; a missing or null <c>claim</c> means not found.</summary>
internal sealed class ClaimAnswer : TenantAnswer
{
    [JsonPropertyName("claim")]
    public ClaimDto? Claim { get; init; }
}
