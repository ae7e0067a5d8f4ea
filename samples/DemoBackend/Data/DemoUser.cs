using System.Security.Cryptography;
using System.Text.Json.Serialization;

namespace Portal.Demo.Backend.Data;

/// <summary>
/// A demo login: one HTPI user (<see cref="Id"/>) who is also the Platform user <see cref="PlatformUserId"/>. The passwords
/// are public on purpose: they are printed at start-up. A user who may not use the customer portal is refused by the
/// HTPI auth service and is an inactive account on the Platform. A member an owner invited has an unusable password, as
/// the Platform's invitation leaves it, so nobody signs in as them.
/// <para>
/// The memberships change (an owner invites, changes a role, removes): each change publishes a new list under
/// <see cref="DemoWorld.Sync"/>, and readers take the list as it is, without the lock.
/// </para>
/// </summary>
internal sealed class DemoUser
{
    private DemoMembership[] memberships;

    public DemoUser(
        string id,
        long platformUserId,
        string email,
        string password,
        string firstName,
        string lastName,
        string role,
        bool mayUseCustomerPortal,
        IReadOnlyList<DemoMembership> memberships,
        DateTimeOffset joinedAt)
    {
        Id = id;
        PlatformUserId = platformUserId;
        Email = email;
        Password = password;
        FirstName = firstName;
        LastName = lastName;
        Role = role;
        MayUseCustomerPortal = mayUseCustomerPortal;
        this.memberships = [.. memberships];
        JoinedAt = joinedAt;
    }

    public string Id { get; }

    public long PlatformUserId { get; }

    public string Email { get; }

    /// <summary>Left out of the world's snapshot: an invited member's is random.</summary>
    [JsonIgnore]
    public string Password { get; }

    public string FirstName { get; }

    public string LastName { get; }

    /// <summary>The HTPI role.</summary>
    public string Role { get; }

    public bool MayUseCustomerPortal { get; }

    /// <summary>Every membership, deactivated ones included, in the order they were made.</summary>
    public IReadOnlyList<DemoMembership> Memberships => Volatile.Read(ref memberships);

    public DateTimeOffset JoinedAt { get; }

    public string Name => FirstName + " " + LastName;

    /// <summary>The active membership in <paramref name="tenantId"/> of a user who may use the portal; null otherwise.</summary>
    public DemoMembership? MembershipIn(string? tenantId) =>
        MayUseCustomerPortal ? Memberships.FirstOrDefault(m => m.TenantId == tenantId && m.IsActive) : null;

    public bool MaySee(string? tenantId) => MembershipIn(tenantId) is not null;

    /// <summary>The tenants the HTPI services list for this user: the active memberships.</summary>
    public IEnumerable<DemoMembership> ActiveMemberships => MayUseCustomerPortal ? Memberships.Where(m => m.IsActive) : [];

    /// <summary>
    /// A password nobody knows, like Django's unusable password: the user exists but cannot sign in until they set one
    /// (which the demo does not offer).
    /// </summary>
    public static string UnusablePassword() => "!" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(20));

    /// <summary>
    /// Puts <paramref name="membership"/> in place of the user's membership in its tenant (or adds it). The caller holds
    /// <see cref="DemoWorld.Sync"/>, so changes do not race; readers see the old list or the new one, never a mix.
    /// </summary>
    public void Put(DemoMembership membership)
    {
        ArgumentNullException.ThrowIfNull(membership);
        var current = Memberships;
        DemoMembership[] changed = current.Any(m => m.TenantId == membership.TenantId)
            ? [.. current.Select(m => m.TenantId == membership.TenantId ? membership : m)]
            : [.. current, membership];
        Volatile.Write(ref memberships, changed);
    }
}
