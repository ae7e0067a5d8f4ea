using System.Text.Json;
using System.Text.Json.Serialization;
using Portal.Adapters.Nats.Contracts.Common;

namespace Portal.Adapters.Nats.Contracts.Identity;

/// <summary><c>htpi.auth.verify</c> answer: <c>valid, user_id, email, role, portal</c> (snake_case <c>user_id</c>). Portal reads
/// only what decides the sign-in: whether it is valid, whose it is and for which portal.</summary>
internal sealed class VerifyTokenAnswer : HtpiAnswer
{
    [JsonPropertyName("valid")]
    public bool? Valid { get; init; }

    [JsonPropertyName("user_id")]
    [JsonConverter(typeof(StringOrNumberConverter))]
    public string? UserId { get; init; }

    [JsonPropertyName("portal")]
    public string? Portal { get; init; }

    /// <summary>The same person's Platform user id: an integer, kept raw and read tolerantly.</summary>
    [JsonPropertyName("platform_user_id")]
    public JsonElement? PlatformUserId { get; init; }
}
