namespace Portal.Demo.Backend.Data;

/// <summary>One day of a service's usage.</summary>
internal sealed record DemoUsagePoint(DateOnly Date, decimal DiskUsageGb, decimal BandwidthGb, int Requests);
