namespace Portal.Domain.Dashboard;

public sealed record PatientCounts
{
    public PatientCounts(int total, int newThisMonth, int active)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(total);
        ArgumentOutOfRangeException.ThrowIfNegative(newThisMonth);
        ArgumentOutOfRangeException.ThrowIfNegative(active);
        Total = total;
        NewThisMonth = newThisMonth;
        Active = active;
    }

    public int Total { get; }

    public int NewThisMonth { get; }

    public int Active { get; }
}
