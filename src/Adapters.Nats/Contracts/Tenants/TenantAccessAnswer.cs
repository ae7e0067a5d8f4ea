using System.Text.Json.Serialization;
using Portal.Adapters.Nats.Contracts.Common;

namespace Portal.Adapters.Nats.Contracts.Tenants;

/// <summary><c>htpi.tenant.verify.access</c> answer: <c>hasAccess</c> (camelCase; the old portal's bug was reading <c>has_access</c>).</summary>
internal sealed class TenantAccessAnswer : HtpiAnswer
{
    [JsonPropertyName("hasAccess")]
    public bool? HasAccess { get; init; }

    [JsonPropertyName("userId")]
    [JsonConverter(typeof(StringOrNumberConverter))]
    public string? UserId { get; init; }

    [JsonPropertyName("tenantId")]
    [JsonConverter(typeof(StringOrNumberConverter))]
    public string? TenantId { get; init; }
}
