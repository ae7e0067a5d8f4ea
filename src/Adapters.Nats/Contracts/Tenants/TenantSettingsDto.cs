using System.Text.Json.Serialization;

namespace Portal.Adapters.Nats.Contracts.Tenants;

internal sealed class TenantSettingsDto
{
    [JsonPropertyName("features")]
    public IReadOnlyList<string>? Features { get; init; }
}
