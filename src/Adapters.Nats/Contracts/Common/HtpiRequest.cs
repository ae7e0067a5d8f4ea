using System.Text.Json.Serialization;
using Portal.Adapters.Nats.Requests;

namespace Portal.Adapters.Nats.Contracts.Common;

/// <summary>The fields every request carries; <c>token</c> is left out only where there is none yet (login).</summary>
internal abstract class HtpiRequest(RequestStamp stamp, string? token)
{
    [JsonPropertyName("portal")]
    public string Portal => PortalName.Customer;

    [JsonPropertyName("clientId")]
    public string ClientId => stamp.ClientId;

    [JsonPropertyName("requestId")]
    public string RequestId => stamp.RequestId;

    [JsonPropertyName("timestamp")]
    public string Timestamp => stamp.Timestamp;

    [JsonPropertyName("responseChannel")]
    public string ResponseChannel => stamp.ResponseChannel;

    [JsonPropertyName("token")]
    public string? Token => token;
}
