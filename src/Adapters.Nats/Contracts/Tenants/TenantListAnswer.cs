using System.Text.Json.Serialization;
using Portal.Adapters.Nats.Contracts.Common;

namespace Portal.Adapters.Nats.Contracts.Tenants;

/// <summary><c>htpi.tenant.list.for.user</c> answer: <c>success</c>, <c>tenants[]</c>.</summary>
internal sealed class TenantListAnswer : HtpiAnswer
{
    [JsonPropertyName("tenants")]
    [JsonConverter(typeof(ObjectRowsConverter<TenantDto>))]
    public IReadOnlyList<TenantDto>? Tenants { get; init; }
}
