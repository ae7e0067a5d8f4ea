namespace Portal.Adapters.Http.Services.Dtos;

/// <summary>One day of a usage series.</summary>
internal sealed class UsagePointDto
{
    public string? Date { get; set; }

    public decimal BandwidthGb { get; set; }

    public decimal DiskGb { get; set; }

    public long? Requests { get; set; }
}
