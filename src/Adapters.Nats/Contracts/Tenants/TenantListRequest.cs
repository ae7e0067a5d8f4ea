using System.Text.Json.Serialization;
using Portal.Adapters.Nats.Contracts.Common;
using Portal.Adapters.Nats.Requests;

namespace Portal.Adapters.Nats.Contracts.Tenants;

/// <summary>
/// <c>htpi.tenant.list.for.user</c>: <c>userId</c>, <c>requestType:"list"</c> and <c>userEmail</c> when known. The port
/// knows only the token and the user id, so <c>userEmail</c> is left out rather than sent empty.
/// </summary>
internal sealed class TenantListRequest(RequestStamp stamp, string token, string userId, string? userEmail)
    : HtpiRequest(stamp, token)
{
    [JsonPropertyName("userId")]
    public string UserId => userId;

    [JsonPropertyName("userEmail")]
    public string? UserEmail => userEmail;

    [JsonPropertyName("requestType")]
    public string RequestType => "list";
}
