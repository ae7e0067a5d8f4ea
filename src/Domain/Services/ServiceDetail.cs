using Portal.Domain.Common;

namespace Portal.Domain.Services;

/// <summary>
/// A service with what its detail page adds to the list row. The extras are optional: the Platform fills them in
/// where the service type has them (a domain registration has no disk quota).
/// </summary>
public sealed record ServiceDetail
{
    public ServiceDetail(
        CustomerService service,
        string? planName,
        DateOnly? nextBillingDate,
        DateTimeOffset? createdAt,
        decimal? diskQuotaGb,
        decimal? bandwidthUsageGb,
        decimal? bandwidthQuotaGb)
    {
        ArgumentNullException.ThrowIfNull(service);
        if (planName is not null && string.IsNullOrWhiteSpace(planName))
        {
            throw new ArgumentException("A plan name is either absent or not blank.", nameof(planName));
        }

        RequireNotNegative(diskQuotaGb, nameof(diskQuotaGb));
        RequireNotNegative(bandwidthUsageGb, nameof(bandwidthUsageGb));
        RequireNotNegative(bandwidthQuotaGb, nameof(bandwidthQuotaGb));
        Service = service;
        PlanName = planName;
        NextBillingDate = nextBillingDate;
        CreatedAt = createdAt;
        DiskQuotaGb = diskQuotaGb;
        BandwidthUsageGb = bandwidthUsageGb;
        BandwidthQuotaGb = bandwidthQuotaGb;
    }

    public CustomerService Service { get; }

    public ServiceId Id => Service.Id;

    public string? PlanName { get; }

    public DateOnly? NextBillingDate { get; }

    public DateTimeOffset? CreatedAt { get; }

    /// <summary>The plan's disk space in gigabytes; null when unlimited or not applicable.</summary>
    public decimal? DiskQuotaGb { get; }

    /// <summary>Traffic used in the current billing period, in gigabytes.</summary>
    public decimal? BandwidthUsageGb { get; }

    /// <summary>The plan's monthly traffic in gigabytes; null when unlimited or not applicable.</summary>
    public decimal? BandwidthQuotaGb { get; }

    /// <summary>What the service costs per month (its price spread over its billing cycle), before VAT.</summary>
    public Money? MonthlyPrice { get; init; }

    /// <summary>The VAT the Platform adds to <see cref="MonthlyPrice"/>.</summary>
    public Money? MonthlyVat { get; init; }

    /// <summary><see cref="MonthlyPrice"/> with VAT, as the Platform works it out.</summary>
    public Money? MonthlyPriceWithVat { get; init; }

    /// <summary>The server the service runs on ("web-03.example.net"); null when it runs on none or the Platform does not say.</summary>
    public string? ServerName { get; init; }

    /// <summary>The id of the service's plan in the Platform's catalogue; null when the Platform does not say.</summary>
    public string? PlanId { get; init; }

    /// <summary>The Platform's code for the plan's kind of service ("shared_hosting"); null when it does not say.</summary>
    public string? PlanType { get; init; }

    /// <summary>
    /// Whether the service's auto-renewal can be switched: the Platform allows it only for active and suspended services.
    /// </summary>
    public bool AutoRenewSwitchable => Service.Status is ServiceStatus.Active or ServiceStatus.Suspended;

    /// <summary>The account name on the server (for FTP, control panel), when there is one.</summary>
    public string? Username { get; init; }

    private static void RequireNotNegative(decimal? value, string parameterName)
    {
        if (value is < 0)
        {
            throw new ArgumentOutOfRangeException(parameterName, value, "A measurement is never negative.");
        }
    }
}
