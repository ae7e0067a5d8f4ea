using System.Text.Json.Serialization;

namespace Portal.Adapters.Nats.Contracts.Common;

/// <summary>
/// An answer about one tenant's data. The public services authorise nothing and serve whatever tenant they are asked
/// about, so an answer that names another tenant than the one asked is treated as not found (see <c>TenantGate</c>).
/// </summary>
internal abstract class TenantAnswer : HtpiAnswer
{
    [JsonPropertyName("tenantId")]
    [JsonConverter(typeof(StringOrNumberConverter))]
    public string? TenantId { get; init; }
}
