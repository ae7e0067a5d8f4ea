using System.Text.Json;
using System.Text.Json.Serialization;
using Portal.Adapters.Nats.Contracts.Common;

namespace Portal.Adapters.Nats.Contracts.Identity;

/// <summary>The login answer's <c>user {id, email, name, role, tenants[]}</c>.</summary>
internal sealed class UserDto
{
    [JsonPropertyName("id")]
    [JsonConverter(typeof(StringOrNumberConverter))]
    public string? Id { get; init; }

    [JsonPropertyName("email")]
    public string? Email { get; init; }

    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>
    /// Tenant ids, or tenant objects carrying an <c>id</c>: the contract does not fix which, so both are read. Kept raw, so
    /// that a value that is no list (one id alone) costs no sign-in.
    /// </summary>
    [JsonPropertyName("tenants")]
    public JsonElement? Tenants { get; init; }

    /// <summary>The same person's Platform user id: an integer, kept raw and read tolerantly.</summary>
    [JsonPropertyName("platform_user_id")]
    public JsonElement? PlatformUserId { get; init; }
}
