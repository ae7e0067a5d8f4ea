using System.Text.Json.Serialization;
using Portal.Adapters.Nats.Contracts.Common;

namespace Portal.Adapters.Nats.Contracts.Identity;

/// <summary><c>htpi.auth.login</c> answer: <c>success</c>, <c>user</c>, <c>token</c>.</summary>
internal sealed class LoginAnswer : HtpiAnswer
{
    [JsonPropertyName("user")]
    public UserDto? User { get; init; }

    [JsonPropertyName("token")]
    public string? Token { get; init; }
}
