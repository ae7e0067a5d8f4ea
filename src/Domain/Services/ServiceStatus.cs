namespace Portal.Domain.Services;

/// <summary>Where a hosting service is in its life. <see cref="Unknown"/> stands for a state the Platform added later.</summary>
public enum ServiceStatus
{
    Unknown = 0,
    Pending,
    Provisioning,
    Active,
    Suspended,
    Failed,
    Terminated,
    Expired,
}
