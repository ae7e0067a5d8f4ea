using System.Text.Json.Serialization;
using Portal.Adapters.Nats.Contracts.Common;
using Portal.Adapters.Nats.Requests;

namespace Portal.Adapters.Nats.Contracts.Identity;

/// <summary><c>htpi.auth.login</c>: the only request without a token.</summary>
internal sealed class LoginRequest(RequestStamp stamp, string email, string password) : HtpiRequest(stamp, token: null)
{
    [JsonPropertyName("email")]
    public string Email => email;

    [JsonPropertyName("password")]
    public string Password => password;
}
