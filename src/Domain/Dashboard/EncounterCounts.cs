using Portal.Domain.Common;

namespace Portal.Domain.Dashboard;

/// <summary>Counts as the backend gave them; null where it gave none or none that can be a count.</summary>
public sealed record EncounterCounts
{
    public EncounterCounts(int? today, int? thisWeek, int? thisMonth)
    {
        UnknownOrCount.Require(today, nameof(today));
        UnknownOrCount.Require(thisWeek, nameof(thisWeek));
        UnknownOrCount.Require(thisMonth, nameof(thisMonth));
        Today = today;
        ThisWeek = thisWeek;
        ThisMonth = thisMonth;
    }

    public int? Today { get; }

    public int? ThisWeek { get; }

    public int? ThisMonth { get; }
}
