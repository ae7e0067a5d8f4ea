using System.Text.Json.Serialization;
using Portal.Adapters.Http.Platform.Json;

namespace Portal.Adapters.Http.Services.Dtos;

/// <summary>A service as lists send it; the detail endpoint adds the plan, dates, quotas and traffic.</summary>
internal sealed class ServiceDto
{
    [JsonConverter(typeof(FlexibleStringConverter))]
    public string? Id { get; set; }

    public string? ServiceName { get; set; }

    public string? Domain { get; set; }

    public string? Status { get; set; }

    public string? BillingCycle { get; set; }

    /// <summary>In cents per billing cycle.</summary>
    public long? Price { get; set; }

    /// <summary>Not in the contract: when absent, <c>PLATFORM_API_DEFAULT_CURRENCY</c> applies.</summary>
    public string? Currency { get; set; }

    public bool AutoRenew { get; set; }

    public string? ExpiresAt { get; set; }

    public decimal? DiskUsageGb { get; set; }

    public string? PlanName { get; set; }

    public string? NextBillingDate { get; set; }

    public string? CreatedAt { get; set; }

    public decimal? DiskQuotaGb { get; set; }

    public decimal? BandwidthUsageGb { get; set; }

    public decimal? BandwidthQuotaGb { get; set; }
}
