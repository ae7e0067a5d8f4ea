using System.Text.Json.Serialization;
using Portal.Adapters.Nats.Requests;
using Portal.Domain.Identity;

namespace Portal.Adapters.Nats.Contracts.Common;

/// <summary>A request about one tenant's data: the token, the tenant and, so every service can authorize, the user.</summary>
internal abstract class TenantRequest(RequestStamp stamp, TenantScope scope)
    : HtpiRequest(stamp, scope.Token.Value)
{
    [JsonPropertyName("tenantId")]
    public string TenantId => scope.TenantId.Value;

    [JsonPropertyName("userId")]
    public string UserId => scope.UserId.Value;
}
