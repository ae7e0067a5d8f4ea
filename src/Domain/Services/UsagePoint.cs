namespace Portal.Domain.Services;

/// <summary>
/// One day of a service's usage: traffic served that day, disk space in use at the end of it, and the HTTP requests it
/// answered (null for services that do not serve HTTP, such as a mailbox or a bare server).
/// </summary>
public sealed record UsagePoint
{
    public UsagePoint(DateOnly day, decimal bandwidthGb, decimal diskGb, long? requests)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(bandwidthGb);
        ArgumentOutOfRangeException.ThrowIfNegative(diskGb);
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

    public decimal DiskGb { get; }

    public long? Requests { get; }
}
