using Portal.Domain.Common;

namespace Portal.Domain.Dashboard;

/// <summary>
/// Claim totals of a practice, each null when the backend gave none; the amount is US dollars (<see cref="PracticeMoney"/>), or null when the backend's figure
/// could not be read (the page shows that one figure as unknown).
/// </summary>
public sealed record ClaimCounts
{
    public ClaimCounts(int? total, int? pending, int? approved, int? denied, Money? totalAmount)
    {
        UnknownOrCount.Require(total, nameof(total));
        UnknownOrCount.Require(pending, nameof(pending));
        UnknownOrCount.Require(approved, nameof(approved));
        UnknownOrCount.Require(denied, nameof(denied));
        Total = total;
        Pending = pending;
        Approved = approved;
        Denied = denied;
        TotalAmount = totalAmount is null ? null : PracticeMoney.RequireNonNegative(totalAmount, nameof(totalAmount));
    }

    public int? Total { get; }

    public int? Pending { get; }

    public int? Approved { get; }

    public int? Denied { get; }

    public Money? TotalAmount { get; }
}
