using Portal.Domain.Common;

namespace Portal.Domain.Dashboard;

/// <summary>
/// Claim totals of a practice; the amount is US dollars (<see cref="PracticeMoney"/>), or null when the backend's figure
/// could not be read (the page shows that one figure as unknown).
/// </summary>
public sealed record ClaimCounts
{
    public ClaimCounts(int total, int pending, int approved, int denied, Money? totalAmount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(total);
        ArgumentOutOfRangeException.ThrowIfNegative(pending);
        ArgumentOutOfRangeException.ThrowIfNegative(approved);
        ArgumentOutOfRangeException.ThrowIfNegative(denied);
        Total = total;
        Pending = pending;
        Approved = approved;
        Denied = denied;
        TotalAmount = totalAmount is null ? null : PracticeMoney.RequireNonNegative(totalAmount, nameof(totalAmount));
    }

    public int Total { get; }

    public int Pending { get; }

    public int Approved { get; }

    public int Denied { get; }

    public Money? TotalAmount { get; }
}
