using System.Text.Json.Serialization;

namespace Portal.Adapters.Nats.Contracts.Dashboard;

/// <summary><c>insurance {verified, pending_verification, expired}</c>.</summary>
internal sealed class InsuranceStatsDto
{
    [JsonPropertyName("verified")]
    public int? Verified { get; init; }

    [JsonPropertyName("pending_verification")]
    public int? PendingVerification { get; init; }

    [JsonPropertyName("expired")]
    public int? Expired { get; init; }
}
