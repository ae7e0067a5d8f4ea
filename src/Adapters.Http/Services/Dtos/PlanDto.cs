namespace Portal.Adapters.Http.Services.Dtos;

/// <summary>
/// A plan of <c>services/plans/</c>. Prices are decimal strings in currency units (quarterly and annual null when the
/// plan is not sold on that cycle), read as <see cref="decimal"/>; resources are null where the plan sets no limit.
/// </summary>
internal sealed class PlanDto
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? PlanType { get; set; }

    public string? Description { get; set; }

    public decimal? PriceMonthly { get; set; }

    public decimal? PriceQuarterly { get; set; }

    public decimal? PriceAnnual { get; set; }

    public decimal? SetupFee { get; set; }

    public int? DiskSpaceGb { get; set; }

    public int? BandwidthGb { get; set; }

    public int? EmailAccounts { get; set; }

    public int? Databases { get; set; }

    public int? Domains { get; set; }

    public int? CpuCores { get; set; }

    public int? RamGb { get; set; }

    public List<string?>? FeatureSummary { get; set; }
}
