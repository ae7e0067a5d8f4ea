using System.Text.Json.Serialization;

namespace Portal.Adapters.Nats.Contracts.Insurance;

/// <summary><c>htpi.insurance.list.for.patient</c> answer: <c>policies[]</c>.</summary>
internal sealed class InsuranceListAnswer
{
    [JsonPropertyName("policies")]
    public IReadOnlyList<PolicyDto>? Policies { get; init; }
}
