using System.Text.Json.Serialization;

namespace Portal.Demo.Backend.Data;

/// <summary>
/// Everything the demo knows, in memory only: a restart reseeds it. Lists change only under <see cref="Sync"/> (patients
/// and encounters are added or replaced, tickets and activities appended, users invited and memberships changed); readers take the lock and copy what they answer with.
/// </summary>
internal sealed class DemoWorld
{
    private DemoUser[] users = [];

    [JsonIgnore]
    public Lock Sync { get; } = new();

    public required DateOnly Today { get; init; }

    public required IReadOnlyList<DemoTenant> Tenants { get; init; }

    /// <summary>The logins and the members owners invited; grows under <see cref="Sync"/> (<see cref="AddUser"/>), read without it.</summary>
    public required IReadOnlyList<DemoUser> Users
    {
        get => Volatile.Read(ref users);
        init => users = [.. value];
    }

    public required List<DemoPatient> Patients { get; init; }

    public required List<DemoPolicy> Policies { get; init; }

    public required List<DemoClaim> Claims { get; init; }

    public required List<DemoEncounter> Encounters { get; init; }

    public required Dictionary<string, List<DemoActivity>> Activities { get; init; }

    public required Dictionary<string, List<DemoAlert>> Alerts { get; init; }

    public required List<DemoInvoice> Invoices { get; init; }

    public required List<DemoInvoice> Proformas { get; init; }

    public required List<DemoService> Services { get; init; }

    public required List<DemoTicket> Tickets { get; init; }

    /// <summary>Platform profiles by Platform user id, made on first read (<c>users/profile/</c>).</summary>
    public Dictionary<long, DemoProfile> Profiles { get; init; } = [];

    public int NextPatientSequence { get; set; }

    public int NextActivitySequence { get; set; }

    public int NextEncounterSequence { get; set; }

    public int NextTicketId { get; set; }

    public int NextCommentId { get; set; }

    /// <summary>GDPR records by Platform user id (gdpr/consent-history/, gdpr/data-export/); a user without one has none.</summary>
    public Dictionary<long, DemoPrivacy> Privacy { get; init; } = [];
    /// <summary>The Platform customers' company records by tenant id (<c>customers/details|update|tax-profile/</c>).</summary>
    public Dictionary<string, DemoCompany> Companies { get; } = DemoCompanies.Records();

    /// <summary>Every customer's addresses, deleted ones included (marked); changed under <see cref="Sync"/>.</summary>
    public List<DemoAddress> Addresses { get; } = DemoCompanies.Addresses();

    public long NextAddressId { get; set; } = 601;

    public DemoTenant? FindTenant(string? id) => Tenants.FirstOrDefault(tenant => tenant.Id == id);

    /// <summary>The tenant that is the Platform customer <paramref name="customerId"/>; null when there is none.</summary>
    public DemoTenant? FindCustomer(long customerId) => Tenants.FirstOrDefault(tenant => tenant.PlatformCustomerId == customerId);

    public DemoUser? FindUser(string? id) => Users.FirstOrDefault(user => user.Id == id);

    public DemoUser? FindPlatformUser(long userId) => Users.FirstOrDefault(user => user.PlatformUserId == userId);

    public DemoUser? FindUserByEmail(string? email) =>
        Users.FirstOrDefault(user => string.Equals(user.Email, email?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>Adds a user an owner invited; the caller holds <see cref="Sync"/>.</summary>
    public void AddUser(DemoUser user) => Volatile.Write(ref users, [.. Users, user]);
}
