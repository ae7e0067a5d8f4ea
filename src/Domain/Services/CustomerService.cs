using Portal.Domain.Common;

namespace Portal.Domain.Services;

/// <summary>A service (hosting plan, domain, server …) the customer has, as a list shows it.</summary>
public sealed record CustomerService
{
    public CustomerService(
        ServiceId id,
        string name,
        string? domain,
        ServiceStatus status,
        BillingCycle billingCycle,
        Money price,
        bool? autoRenew,
        DateTimeOffset? expiresAt,
        decimal? diskUsageGb)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (domain is not null && string.IsNullOrWhiteSpace(domain))
        {
            throw new ArgumentException("A domain is either absent or not blank.", nameof(domain));
        }

        ArgumentNullException.ThrowIfNull(price);
        if (diskUsageGb is { } used)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(used, nameof(diskUsageGb));
        }

        Id = id;
        Name = name;
        Domain = domain;
        Status = status;
        BillingCycle = billingCycle;
        Price = price;
        AutoRenew = autoRenew;
        ExpiresAt = expiresAt;
        DiskUsageGb = diskUsageGb;
    }

    public ServiceId Id { get; }

    public string Name { get; }

    /// <summary>The domain the service runs under; null for services without one (a VPS, a licence).</summary>
    public string? Domain { get; }

    public ServiceStatus Status { get; }

    public BillingCycle BillingCycle { get; }

    /// <summary>What one <see cref="BillingCycle"/> costs.</summary>
    public Money Price { get; }

    /// <summary>Whether the service renews itself at the end of its cycle; null when the Platform did not say.</summary>
    public bool? AutoRenew { get; }

    /// <summary>When the paid period ends; null for services that do not expire.</summary>
    public DateTimeOffset? ExpiresAt { get; }

    /// <summary>Disk space in use, in gigabytes (a measurement, not money, so decimal is right here); null when the backend did not say.</summary>
    public decimal? DiskUsageGb { get; }

    /// <summary>The status as the Platform spelt it, to show a <see cref="ServiceStatus.Unknown"/> one as it came.</summary>
    public string? StatusCode { get; init; }

    /// <summary>The billing cycle as the Platform spelt it, to show a <see cref="BillingCycle.Unknown"/> one as it came.</summary>
    public string? BillingCycleCode { get; init; }

    /// <summary>The name of the plan the service runs on, when the Platform says.</summary>
    public string? PlanName { get; init; }
}
