namespace Portal.Domain.Dashboard;

public sealed record EncounterCounts
{
    public EncounterCounts(int today, int thisWeek, int thisMonth)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(today);
        ArgumentOutOfRangeException.ThrowIfNegative(thisWeek);
        ArgumentOutOfRangeException.ThrowIfNegative(thisMonth);
        Today = today;
        ThisWeek = thisWeek;
        ThisMonth = thisMonth;
    }

    public int Today { get; }

    public int ThisWeek { get; }

    public int ThisMonth { get; }
}
