using System.Text.Json.Serialization;
using Portal.Adapters.Nats.Contracts.Common;

namespace Portal.Adapters.Nats.Contracts.Insurance;

/// <summary><c>htpi.insurance.list.for.patient</c> answer: <c>policies[]</c>.</summary>
internal sealed class InsuranceListAnswer : TenantAnswer
{
    [JsonPropertyName("policies")]
    public IReadOnlyList<PolicyDto>? Policies { get; init; }
}
