using Portal.Domain.Common;

namespace Portal.Domain.Services;

/// <summary>The customer's services at a glance.</summary>
public sealed record ServicesSummary
{
    public ServicesSummary(
        int totalServices,
        int activeServices,
        int suspendedServices,
        int pendingServices,
        int overdueServices,
        int expiringSoonServices,
        Money? totalMonthlyCost)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(totalServices);
        ArgumentOutOfRangeException.ThrowIfNegative(activeServices);
        ArgumentOutOfRangeException.ThrowIfNegative(suspendedServices);
        ArgumentOutOfRangeException.ThrowIfNegative(pendingServices);
        ArgumentOutOfRangeException.ThrowIfNegative(overdueServices);
        ArgumentOutOfRangeException.ThrowIfNegative(expiringSoonServices);
        TotalServices = totalServices;
        ActiveServices = activeServices;
        SuspendedServices = suspendedServices;
        PendingServices = pendingServices;
        OverdueServices = overdueServices;
        ExpiringSoonServices = expiringSoonServices;
        TotalMonthlyCost = totalMonthlyCost;
    }

    public int TotalServices { get; }

    public int ActiveServices { get; }

    public int SuspendedServices { get; }

    public int PendingServices { get; }

    /// <summary>Services whose renewal invoice is past due.</summary>
    public int OverdueServices { get; }

    /// <summary>Services that expire soon (the Platform decides how soon, currently 30 days).</summary>
    public int ExpiringSoonServices { get; }

    /// <summary>
    /// What the services cost per month, in one currency. Null when the Platform gives no single-currency total
    /// (no priced services, or services billed in several currencies).
    /// </summary>
    public Money? TotalMonthlyCost { get; }
}
