using System.Text.Json.Serialization;
using Portal.Adapters.Nats.Contracts.Common;

namespace Portal.Adapters.Nats.Contracts.Dashboard;

/// <summary><c>insurance {verified, pending_verification, expired}</c>.</summary>
internal sealed class InsuranceStatsDto
{
    [JsonPropertyName("verified")]
    [JsonConverter(typeof(WholeNumberOrAbsentConverter))]
    public int? Verified { get; init; }

    [JsonPropertyName("pending_verification")]
    [JsonConverter(typeof(WholeNumberOrAbsentConverter))]
    public int? PendingVerification { get; init; }

    [JsonPropertyName("expired")]
    [JsonConverter(typeof(WholeNumberOrAbsentConverter))]
    public int? Expired { get; init; }
}
