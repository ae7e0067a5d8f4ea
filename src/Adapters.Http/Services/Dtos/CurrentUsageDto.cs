using System.Text.Json.Serialization;
using Portal.Adapters.Http.Platform.Json;

namespace Portal.Adapters.Http.Services.Dtos;

/// <summary>What a service uses now; a null limit is unlimited.</summary>
internal sealed class CurrentUsageDto
{
    [JsonConverter(typeof(StrictNumberConverter<decimal>))]
    public decimal? DiskUsageGb { get; set; }

    [JsonConverter(typeof(StrictNumberConverter<decimal>))]
    public decimal? DiskLimitGb { get; set; }

    public decimal? DiskUsagePercentage { get; set; }

    [JsonConverter(typeof(StrictNumberConverter<decimal>))]
    public decimal? BandwidthUsageGb { get; set; }

    [JsonConverter(typeof(StrictNumberConverter<decimal>))]
    public decimal? BandwidthLimitGb { get; set; }

    public decimal? BandwidthUsagePercentage { get; set; }

    [JsonConverter(typeof(StrictNumberConverter<int>))]
    public int? EmailAccountsUsed { get; set; }

    [JsonConverter(typeof(StrictNumberConverter<int>))]
    public int? EmailAccountsLimit { get; set; }

    [JsonConverter(typeof(StrictNumberConverter<int>))]
    public int? DatabasesUsed { get; set; }

    [JsonConverter(typeof(StrictNumberConverter<int>))]
    public int? DatabasesLimit { get; set; }
}
