namespace Portal.Adapters.Http.Services.Dtos;

/// <summary>What a service uses now; a null limit is unlimited.</summary>
internal sealed class CurrentUsageDto
{
    public decimal? DiskUsageGb { get; set; }

    public decimal? DiskLimitGb { get; set; }

    public decimal? DiskUsagePercentage { get; set; }

    public decimal? BandwidthUsageGb { get; set; }

    public decimal? BandwidthLimitGb { get; set; }

    public decimal? BandwidthUsagePercentage { get; set; }

    public int? EmailAccountsUsed { get; set; }

    public int? EmailAccountsLimit { get; set; }

    public int? DatabasesUsed { get; set; }

    public int? DatabasesLimit { get; set; }
}
