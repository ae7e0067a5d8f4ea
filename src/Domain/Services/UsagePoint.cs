namespace Portal.Domain.Services;

/// <summary>
/// One day of a service's usage: traffic served that day, disk space in use at the end of it (null when the Platform
/// measured only traffic that day), and the HTTP requests it answered (null for services that do not serve HTTP, or when
/// the Platform does not count them).
/// </summary>
public sealed record UsagePoint
{
    public UsagePoint(DateOnly day, decimal bandwidthGb, decimal? diskGb, long? requests)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(bandwidthGb);
        if (diskGb is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(diskGb), diskGb, "Disk space in use is never negative.");
        }

        if (requests is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(requests), requests, "A request count is never negative.");
        }

        Day = day;
        BandwidthGb = bandwidthGb;
        DiskGb = diskGb;
        Requests = requests;
    }

    public DateOnly Day { get; }

    public decimal BandwidthGb { get; }

    public decimal? DiskGb { get; }

    public long? Requests { get; }
}
