namespace Portal.Domain.Services;

/// <summary>The window of a usage chart; each value is its length in days.</summary>
public enum UsagePeriod
{
    Last7Days = 7,
    Last30Days = 30,
    Last90Days = 90,
}
