using System.Text.Json.Serialization;

namespace Portal.LoadRun.Bare;

/// <summary>
/// The JSON inside Portal's sign-in cookie (src/Web/README.md, "Sign-in cookie and CSRF"): what the bare endpoint needs
/// of it, the Platform links included (<c>pu</c> the user's Platform id, <c>pc</c> tenant id → Platform customer id).
/// </summary>
internal sealed record SignInCookiePayload(int Version, string? Token, string? UserId, string? Name)
{
    [JsonPropertyName("pu")]
    public long? PlatformUserId { get; init; }

    [JsonPropertyName("pc")]
    public Dictionary<string, long>? Customers { get; init; }
}
