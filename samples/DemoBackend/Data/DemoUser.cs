namespace Portal.Demo.Backend.Data;

/// <summary>
/// A demo login: one HTPI user (<see cref="Id"/>) who is also the Platform user <see cref="PlatformUserId"/>. The passwords
/// are public on purpose: they are printed at start-up. A user who may not use the customer portal is refused by the
/// HTPI auth service and is an inactive account on the Platform.
/// </summary>
internal sealed record DemoUser(
    string Id,
    long PlatformUserId,
    string Email,
    string Password,
    string FirstName,
    string LastName,
    string Role,
    bool MayUseCustomerPortal,
    IReadOnlyList<DemoMembership> Memberships,
    DateTimeOffset JoinedAt)
{
    public string Name => FirstName + " " + LastName;

    /// <summary>The active membership in <paramref name="tenantId"/> of a user who may use the portal; null otherwise.</summary>
    public DemoMembership? MembershipIn(string? tenantId) =>
        MayUseCustomerPortal ? Memberships.FirstOrDefault(m => m.TenantId == tenantId && m.IsActive) : null;

    public bool MaySee(string? tenantId) => MembershipIn(tenantId) is not null;

    /// <summary>The tenants the HTPI services list for this user: the active memberships.</summary>
    public IEnumerable<DemoMembership> ActiveMemberships => MayUseCustomerPortal ? Memberships.Where(m => m.IsActive) : [];
}
