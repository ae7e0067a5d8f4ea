using System.Text.Json.Serialization;
using Portal.Adapters.Http.Platform.Json;

namespace Portal.Adapters.Http.Services.Dtos;

/// <summary>
/// A plan of <c>services/plans/</c>. Prices are decimal strings in currency units (quarterly and annual null when the
/// plan is not sold on that cycle), read as <see cref="decimal"/>; resources are null where the plan sets no limit. A
/// null price shows as "not offered", so every price is read strictly: one that is no number fails the answer.
/// </summary>
internal sealed class PlanDto
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? PlanType { get; set; }

    public string? Description { get; set; }

    [JsonConverter(typeof(StrictNumberConverter<decimal>))]
    public decimal? PriceMonthly { get; set; }

    [JsonConverter(typeof(StrictNumberConverter<decimal>))]
    public decimal? PriceQuarterly { get; set; }

    [JsonConverter(typeof(StrictNumberConverter<decimal>))]
    public decimal? PriceAnnual { get; set; }

    [JsonConverter(typeof(StrictNumberConverter<decimal>))]
    public decimal? SetupFee { get; set; }

    [JsonConverter(typeof(StrictNumberConverter<int>))]
    public int? DiskSpaceGb { get; set; }

    [JsonConverter(typeof(StrictNumberConverter<int>))]
    public int? BandwidthGb { get; set; }

    [JsonConverter(typeof(StrictNumberConverter<int>))]
    public int? EmailAccounts { get; set; }

    [JsonConverter(typeof(StrictNumberConverter<int>))]
    public int? Databases { get; set; }

    [JsonConverter(typeof(StrictNumberConverter<int>))]
    public int? Domains { get; set; }

    [JsonConverter(typeof(StrictNumberConverter<int>))]
    public int? CpuCores { get; set; }

    [JsonConverter(typeof(StrictNumberConverter<int>))]
    public int? RamGb { get; set; }

    public List<string?>? FeatureSummary { get; set; }
}
