namespace Portal.Demo.Backend.Data;

/// <summary>A hosted service of a Platform customer with its last 90 days of usage, oldest first.</summary>
internal sealed record DemoService(
    int Id,
    string CustomerId,
    string ServiceName,
    string ServiceType,
    string Domain,
    string Status,
    string BillingCycle,
    long PriceCents,
    bool AutoRenew,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt,
    bool Overdue,
    IReadOnlyList<DemoUsagePoint> Usage)
{
    public decimal DiskUsageGb => Usage.Count == 0 ? 0m : Usage[^1].DiskUsageGb;

    /// <summary>The price spread over a month, whatever the billing cycle.</summary>
    public long MonthlyCostCents => BillingCycle switch
    {
        "annually" => PriceCents / 12,
        "quarterly" => PriceCents / 3,
        _ => PriceCents,
    };
}
