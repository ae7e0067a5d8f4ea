using System.Text.Json;
using System.Text.Json.Serialization;
using Portal.Adapters.Nats.Contracts.Common;

namespace Portal.Adapters.Nats.Contracts.Insurance;

/// <summary>One policy, snake_case; <c>copay</c> and <c>deductible</c> are dollars, dates ISO ("2025-01-01").</summary>
internal sealed class PolicyDto
{
    [JsonPropertyName("coverage_order")]
    [JsonConverter(typeof(WholeNumberOrAbsentConverter))]
    public int? CoverageOrder { get; init; }

    [JsonPropertyName("insurance_company")]
    public string? InsuranceCompany { get; init; }

    [JsonPropertyName("plan_type")]
    public string? PlanType { get; init; }

    [JsonPropertyName("policy_number")]
    public string? PolicyNumber { get; init; }

    [JsonPropertyName("group_number")]
    public string? GroupNumber { get; init; }

    [JsonPropertyName("subscriber_name")]
    public string? SubscriberName { get; init; }

    [JsonPropertyName("subscriber_relationship")]
    public string? SubscriberRelationship { get; init; }

    [JsonPropertyName("effective_date")]
    public string? EffectiveDate { get; init; }

    [JsonPropertyName("termination_date")]
    public string? TerminationDate { get; init; }

    /// <summary>Dollars as a number or as text (<c>"$25.50"</c>); read by the mapper, so one it cannot read costs that value alone.</summary>
    [JsonPropertyName("copay")]
    public JsonElement? Copay { get; init; }

    /// <summary>As <see cref="Copay"/>.</summary>
    [JsonPropertyName("deductible")]
    public JsonElement? Deductible { get; init; }

    [JsonPropertyName("verification_status")]
    public string? VerificationStatus { get; init; }

    /// <summary>Optional; a policy naming another tenant than asked is left out of the list (<c>TenantGate.OwnRows</c>).</summary>
    [JsonPropertyName("tenantId")]
    [JsonConverter(typeof(StringOrNumberConverter))]
    public string? TenantId { get; init; }
}
