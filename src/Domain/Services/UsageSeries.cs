namespace Portal.Domain.Services;

/// <summary>A service's daily usage over a period, oldest day first, at most one point per day.</summary>
public sealed record UsageSeries
{
    public UsageSeries(UsagePeriod period, IReadOnlyList<UsagePoint> points)
    {
        if (!Enum.IsDefined(period))
        {
            throw new ArgumentOutOfRangeException(nameof(period), period, "Unknown usage period.");
        }

        ArgumentNullException.ThrowIfNull(points);
        for (var i = 0; i < points.Count; i++)
        {
            ArgumentNullException.ThrowIfNull(points[i], nameof(points));
            if (i > 0 && points[i].Day <= points[i - 1].Day)
            {
                throw new ArgumentException("Usage points must be in strictly ascending day order.", nameof(points));
            }
        }

        Period = period;
        Points = points;
    }

    public UsagePeriod Period { get; }

    public IReadOnlyList<UsagePoint> Points { get; }
}
