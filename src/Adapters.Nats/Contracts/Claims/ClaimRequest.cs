using System.Text.Json.Serialization;
using Portal.Adapters.Nats.Contracts.Common;
using Portal.Adapters.Nats.Requests;
using Portal.Domain.Claims;
using Portal.Domain.Identity;

namespace Portal.Adapters.Nats.Contracts.Claims;

/// <summary><c>htpi.claims.get</c>: <c>tenantId</c>, <c>claimId</c> (and <c>userId</c>).</summary>
internal sealed class ClaimRequest(RequestStamp stamp, TenantScope scope, ClaimId claimId) : TenantRequest(stamp, scope)
{
    [JsonPropertyName("claimId")]
    public string ClaimId => claimId.Value;
}
