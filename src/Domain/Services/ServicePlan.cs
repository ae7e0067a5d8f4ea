using Portal.Domain.Common;

namespace Portal.Domain.Services;

/// <summary>
/// A plan of the Platform's public catalogue a service could move to: its prices per billing cycle (a cycle the plan
/// is not sold on has none), its setup fee, its resources (null where the plan sets no limit or the type has none) and
/// the features the Platform lists for it.
/// </summary>
public sealed record ServicePlan
{
    public ServicePlan(string id, string name, string? planType, Money? monthlyPrice, IReadOnlyList<string> features)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            throw new ArgumentException("A plan has an id.", nameof(id));
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("A plan has a name.", nameof(name));
        }

        ArgumentNullException.ThrowIfNull(features);
        Id = id;
        Name = name;
        PlanType = planType;
        MonthlyPrice = monthlyPrice;
        Features = features;
    }

    public string Id { get; }

    public string Name { get; }

    /// <summary>The Platform's code for the kind of service ("shared_hosting", "vps"); null when it did not say.</summary>
    public string? PlanType { get; }

    public string? Description { get; init; }

    public Money? MonthlyPrice { get; }

    public Money? QuarterlyPrice { get; init; }

    public Money? AnnualPrice { get; init; }

    public Money? SetupFee { get; init; }

    public int? DiskSpaceGb { get; init; }

    public int? BandwidthGb { get; init; }

    public int? EmailAccounts { get; init; }

    public int? Databases { get; init; }

    public int? Domains { get; init; }

    public int? CpuCores { get; init; }

    public int? RamGb { get; init; }

    public IReadOnlyList<string> Features { get; }
}
