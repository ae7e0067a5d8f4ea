namespace Portal.Domain.Services;

/// <summary>How often a service is billed.</summary>
public enum BillingCycle
{
    Unknown = 0,
    OneTime,
    Monthly,
    Quarterly,
    SemiAnnually,
    Annually,
    Biennially,
    Triennially,
}
