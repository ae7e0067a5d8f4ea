using System.Text.Json.Serialization;

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

    [JsonPropertyName("settings")]
    public TenantSettingsDto? Settings { get; init; }

    [JsonPropertyName("created_at")]
    public string? CreatedAt { get; init; }
}
