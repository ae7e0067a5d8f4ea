using System.Text.Json.Serialization;

namespace Portal.Adapters.Nats.Contracts.Tenants;

/// <summary><c>htpi.tenant.list.for.user</c> answer: <c>success</c>, <c>tenants[]</c>.</summary>
internal sealed class TenantListAnswer
{
    [JsonPropertyName("tenants")]
    public IReadOnlyList<TenantDto>? Tenants { get; init; }
}
