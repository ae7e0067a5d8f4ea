namespace Portal.Demo.Backend.Platform;

/// <summary>A service plan of the Platform; prices are decimal strings in RON, a null one is not offered.</summary>
internal sealed record PlatformPlan(
    int Id,
    string Name,
    string PlanType,
    string Description,
    string PriceMonthly,
    string? PriceQuarterly,
    string? PriceAnnual,
    string SetupFee,
    int? DiskSpaceGb,
    int? BandwidthGb,
    int? EmailAccounts,
    int? Databases,
    int? Domains,
    int? CpuCores,
    int? RamGb,
    bool IsPublic = true);
