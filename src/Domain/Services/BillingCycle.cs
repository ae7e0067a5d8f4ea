namespace Portal.Domain.Services;

/// <summary>How often a service is billed. <see cref="Unknown"/> stands for a cycle the Platform added later.</summary>
public enum BillingCycle
{
    Unknown = 0,
    Monthly,
    Quarterly,
    SemiAnnual,
    Annual,
}
