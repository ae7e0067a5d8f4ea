namespace Portal.Domain.Services;

/// <summary>
/// A service's usage: what it uses now against its plan's limits, the Platform's alerts about it, and a daily
/// <see cref="History"/> where the Platform keeps one (it may be empty: then there is nothing to chart).
/// </summary>
public sealed record ServiceUsage
{
    public ServiceUsage(
        ResourceUsage disk,
        ResourceUsage bandwidth,
        ResourceUsage emailAccounts,
        ResourceUsage databases,
        IReadOnlyList<UsageAlert> alerts,
        UsageSeries history)
    {
        ArgumentNullException.ThrowIfNull(disk);
        ArgumentNullException.ThrowIfNull(bandwidth);
        ArgumentNullException.ThrowIfNull(emailAccounts);
        ArgumentNullException.ThrowIfNull(databases);
        ArgumentNullException.ThrowIfNull(alerts);
        ArgumentNullException.ThrowIfNull(history);
        if (alerts.Any(alert => alert is null))
        {
            throw new ArgumentException("Alerts must not contain null.", nameof(alerts));
        }

        Disk = disk;
        Bandwidth = bandwidth;
        EmailAccounts = emailAccounts;
        Databases = databases;
        Alerts = alerts;
        History = history;
    }

    /// <summary>Disk space in gigabytes.</summary>
    public ResourceUsage Disk { get; }

    /// <summary>Traffic in the current period, in gigabytes.</summary>
    public ResourceUsage Bandwidth { get; }

    public ResourceUsage EmailAccounts { get; }

    public ResourceUsage Databases { get; }

    public IReadOnlyList<UsageAlert> Alerts { get; }

    public UsageSeries History { get; }

    /// <summary>True when there is a daily series to chart; the period of an empty one changes nothing.</summary>
    public bool HasHistory => History.Points.Count > 0;
}
