using System.Text.Json.Serialization;
using Portal.Adapters.Nats.Contracts.Common;

namespace Portal.Adapters.Nats.Contracts.Tenants;

/// <summary>One tenant: <c>{id, name, status, domain?, role?, settings {features[]}, created_at}</c>.</summary>
internal sealed class TenantDto
{
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    [JsonPropertyName("name")]
    public string? Name { get; init; }

    [JsonPropertyName("status")]
    public string? Status { get; init; }

    [JsonPropertyName("domain")]
    public string? Domain { get; init; }

    [JsonPropertyName("role")]
    public string? Role { get; init; }

    /// <summary>An object; anything else (the settings as a JSON string, say) is skipped unread: no features, not linked.</summary>
    [JsonPropertyName("settings")]
    [JsonConverter(typeof(ObjectOrAbsentConverter<TenantSettingsDto>))]
    public TenantSettingsDto? Settings { get; init; }

    [JsonPropertyName("created_at")]
    public string? CreatedAt { get; init; }
}
