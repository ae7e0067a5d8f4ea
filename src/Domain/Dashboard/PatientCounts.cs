using Portal.Domain.Common;

namespace Portal.Domain.Dashboard;

/// <summary>Counts as the backend gave them; null where it gave none or none that can be a count.</summary>
public sealed record PatientCounts
{
    public PatientCounts(int? total, int? newThisMonth, int? active)
    {
        UnknownOrCount.Require(total, nameof(total));
        UnknownOrCount.Require(newThisMonth, nameof(newThisMonth));
        UnknownOrCount.Require(active, nameof(active));
        Total = total;
        NewThisMonth = newThisMonth;
        Active = active;
    }

    public int? Total { get; }

    public int? NewThisMonth { get; }

    public int? Active { get; }
}
