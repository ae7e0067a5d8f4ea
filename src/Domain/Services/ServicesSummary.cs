using Portal.Domain.Common;

namespace Portal.Domain.Services;

/// <summary>The customer's services at a glance; a count the Platform did not give is null.</summary>
public sealed record ServicesSummary
{
    public ServicesSummary(
        int? totalServices,
        int? activeServices,
        int? suspendedServices,
        int? pendingServices,
        int? overdueServices,
        int? expiringSoonServices,
        Money? totalMonthlyCost)
    {
        UnknownOrCount.Require(totalServices, nameof(totalServices));
        UnknownOrCount.Require(activeServices, nameof(activeServices));
        UnknownOrCount.Require(suspendedServices, nameof(suspendedServices));
        UnknownOrCount.Require(pendingServices, nameof(pendingServices));
        UnknownOrCount.Require(overdueServices, nameof(overdueServices));
        UnknownOrCount.Require(expiringSoonServices, nameof(expiringSoonServices));
        TotalServices = totalServices;
        ActiveServices = activeServices;
        SuspendedServices = suspendedServices;
        PendingServices = pendingServices;
        OverdueServices = overdueServices;
        ExpiringSoonServices = expiringSoonServices;
        TotalMonthlyCost = totalMonthlyCost;
    }

    public int? TotalServices { get; }

    public int? ActiveServices { get; }

    public int? SuspendedServices { get; }

    public int? PendingServices { get; }

    /// <summary>Services of any status whose expiry date has passed (not unpaid invoices: the Platform counts expiry).</summary>
    public int? OverdueServices { get; }

    /// <summary>Active services that expire soon (the Platform decides how soon, currently within 30 days).</summary>
    public int? ExpiringSoonServices { get; }

    /// <summary>
    /// The monthly equivalents of the active services' prices added up, before VAT, as the Platform adds them: it adds
    /// amounts whatever their currency, so this is one currency's amount only when <see cref="MonthlyCostCurrencyConfirmed"/>.
    /// Null when the Platform gave no total.
    /// </summary>
    public Money? TotalMonthlyCost { get; }

    /// <summary>
    /// True when every service is known to be priced in <see cref="TotalMonthlyCost"/>'s currency; otherwise the total
    /// may add up amounts in different currencies, and its currency is only the likely one.
    /// </summary>
    public bool MonthlyCostCurrencyConfirmed { get; init; }
}
