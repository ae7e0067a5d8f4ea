namespace Portal.Domain.Tenants;

public enum TenantStatus
{
    Unknown = 0,
    Active,
    Suspended,
    Inactive,
}
