namespace Portal.Adapters.Http.Services.Dtos;

/// <summary>The daily trends; PRAHO always sends both arrays empty and only echoes the period.</summary>
internal sealed class HistoricalUsageDto
{
    public List<UsageTrendPointDto?>? DiskUsageTrend { get; set; }

    public List<UsageTrendPointDto?>? BandwidthUsageTrend { get; set; }
}
