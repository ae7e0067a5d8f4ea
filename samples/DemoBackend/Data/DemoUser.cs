namespace Portal.Demo.Backend.Data;

/// <summary>A demo login. The passwords are public on purpose: they are printed at start-up.</summary>
internal sealed record DemoUser(
    string Id,
    string Email,
    string Password,
    string FirstName,
    string LastName,
    string Role,
    bool MayUseCustomerPortal,
    IReadOnlyList<DemoMembership> Memberships)
{
    public string Name => FirstName + " " + LastName;

    public DemoMembership? MembershipIn(string? tenantId) =>
        MayUseCustomerPortal ? Memberships.FirstOrDefault(m => m.TenantId == tenantId) : null;

    public bool MaySee(string? tenantId) => MembershipIn(tenantId) is not null;
}
