namespace Portal.Demo.Backend.Data;

/// <summary>
/// A hosted service of a Platform customer (<see cref="CustomerId"/> is the HTPI tenant id) with its last 90 days of
/// usage, oldest first. <see cref="PlanType"/> and <see cref="BillingCycle"/> use the Platform's values; prices are in
/// cents of RON.
/// </summary>
internal sealed record DemoService(
    int Id,
    string CustomerId,
    string ServiceName,
    string PlanType,
    string Domain,
    string Status,
    string BillingCycle,
    long PriceCents,
    bool AutoRenew,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ExpiresAt,
    IReadOnlyList<DemoUsagePoint> Usage,
    string Username,
    DemoServer? Server)
{
    public decimal DiskUsageGb => Usage.Count == 0 ? 0m : Usage[^1].DiskUsageGb;

    /// <summary>The last 30 days' traffic.</summary>
    public decimal BandwidthUsageGb => Usage.TakeLast(30).Sum(p => p.BandwidthGb);

    /// <summary>The price spread over a month, whatever the billing cycle.</summary>
    public long MonthlyCostCents => BillingCycle switch
    {
        "annual" => PriceCents / 12,
        "semi_annual" => PriceCents / 6,
        "quarterly" => PriceCents / 3,
        _ => PriceCents,
    };
}
