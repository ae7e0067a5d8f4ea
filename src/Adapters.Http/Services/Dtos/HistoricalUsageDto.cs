using System.Text.Json.Serialization;
using Portal.Adapters.Http.Platform.Json;

namespace Portal.Adapters.Http.Services.Dtos;

/// <summary>The daily trends; PRAHO always sends both arrays empty and only echoes the period.</summary>
internal sealed class HistoricalUsageDto
{
    [JsonConverter(typeof(ObjectRowsConverter<UsageTrendPointDto>))]
    public List<UsageTrendPointDto?>? DiskUsageTrend { get; set; }

    [JsonConverter(typeof(ObjectRowsConverter<UsageTrendPointDto>))]
    public List<UsageTrendPointDto?>? BandwidthUsageTrend { get; set; }
}
