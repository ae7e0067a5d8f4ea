using System.Text.Json.Serialization;
using Portal.Adapters.Http.Platform.Json;

namespace Portal.Adapters.Http.Services.Dtos;

/// <summary>
/// A service as lists send it (<c>ServiceItem</c>) and as the detail sends it (<c>ServiceDetail</c>, which adds the plan,
/// the server and the monthly cost with VAT). Money is in currency units: <see cref="Price"/> a decimal string, the
/// monthly figures JSON numbers, both read as <see cref="decimal"/>, never through a float.
/// </summary>
internal sealed class ServiceDto
{
    public string? Id { get; set; }

    public string? ServiceName { get; set; }

    public string? Domain { get; set; }

    public string? Username { get; set; }

    public string? Status { get; set; }

    public string? BillingCycle { get; set; }

    /// <summary>In currency units per billing cycle ("29.99").</summary>
    public decimal? Price { get; set; }

    /// <summary>The monthly equivalent of <see cref="Price"/>, in currency units.</summary>
    public decimal? MonthlyPrice { get; set; }

    /// <summary>Detail only: the VAT on <see cref="MonthlyPrice"/>.</summary>
    public decimal? VatAmount { get; set; }

    public string? CurrencyCode { get; set; }

    public bool? AutoRenew { get; set; }

    public string? ExpiresAt { get; set; }

    public decimal? DiskUsageGb { get; set; }

    public decimal? BandwidthUsageGb { get; set; }

    /// <summary>List only; the detail nests the plan in <see cref="ServicePlan"/>.</summary>
    public string? ServicePlanName { get; set; }

    /// <summary>List only, and absent when the service runs on no server.</summary>
    public string? ServerName { get; set; }

    public string? NextBillingDate { get; set; }

    public string? CreatedAt { get; set; }

    [JsonConverter(typeof(OptionalObjectConverter<ServicePlanDto>))]
    public ServicePlanDto? ServicePlan { get; set; }

    [JsonConverter(typeof(OptionalObjectConverter<ServerDto>))]
    public ServerDto? Server { get; set; }
}
