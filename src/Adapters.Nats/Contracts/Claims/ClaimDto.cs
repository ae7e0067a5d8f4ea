using System.Text.Json.Serialization;
using Portal.Adapters.Nats.Contracts.Common;

namespace Portal.Adapters.Nats.Contracts.Claims;

/// <summary>
/// A claim, snake_case: <c>{id, claim_number, status, service_date, total_charge, paid_amount, payer}</c> in a list, plus
/// <c>lines[]</c> from <c>htpi.claims.get</c>. Amounts are dollars, negative for a reversal or a recoupment.
/// </summary>
internal sealed class ClaimDto
{
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    [JsonPropertyName("claim_number")]
    public string? ClaimNumber { get; init; }

    [JsonPropertyName("status")]
    public string? Status { get; init; }

    [JsonPropertyName("service_date")]
    public string? ServiceDate { get; init; }

    [JsonPropertyName("total_charge")]
    [JsonConverter(typeof(DollarsConverter))]
    public decimal? TotalCharge { get; init; }

    [JsonPropertyName("paid_amount")]
    [JsonConverter(typeof(DollarsConverter))]
    public decimal? PaidAmount { get; init; }

    [JsonPropertyName("payer")]
    public string? Payer { get; init; }

    [JsonPropertyName("lines")]
    public IReadOnlyList<ClaimLineDto>? Lines { get; init; }

    /// <summary>Optional; a claim opened by its id naming another tenant is "not found", one in a list naming another tenant is left out. See <see cref="NamedTenant"/>.</summary>
    [JsonPropertyName("tenantId")]
    [JsonConverter(typeof(StringOrNumberConverter))]
    public string? TenantId { get; init; }

    /// <summary>The same in the snake_case of the claim's other fields, as the demo backend writes it.</summary>
    [JsonPropertyName("tenant_id")]
    [JsonConverter(typeof(StringOrNumberConverter))]
    public string? TenantIdSnakeCase { get; init; }

    /// <summary>The tenant the claim names, in either spelling; null when it names none.</summary>
    [JsonIgnore]
    public string? NamedTenant => string.IsNullOrWhiteSpace(TenantId) ? TenantIdSnakeCase : TenantId;
}
