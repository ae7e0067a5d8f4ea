using System.Globalization;
using Portal.Domain.Billing;
using Portal.Domain.Claims;
using Portal.Domain.Common;
using Portal.Domain.Dashboard;
using Portal.Domain.Identity;
using Portal.Domain.Patients;
using Portal.Domain.Services;
using Portal.Domain.Tenants;
using Portal.Domain.Tickets;
using Portal.Testing.Fakes;

namespace Portal.Benchmarks.Pages;

/// <summary>
/// The fakes both sides of <see cref="PageBenchmarks"/> answer from, shaped like the load run's demo account: a practice
/// manager who owns one practice and does the billing of another, both linked to Platform customers, no chosen time zone;
/// 60 patients (a full first page of 25 and a pager), a dashboard with every card (ten recent events, three alerts, the
/// three Platform summaries). Every port answers at once from memory.
/// </summary>
internal sealed class PageWorld
{
    public const string Email = "dana.whitfield@example.com";
    public const string Password = "bench-password";
    public const string Tenant = "tnt-riverside";

    private const int Patients = 60;

    private static readonly DateTimeOffset Now = new(2026, 12, 6, 18, 0, 0, TimeSpan.Zero);

    private static readonly string[] FirstNames = ["Olivia", "Liam", "Emma", "Noah", "Ava", "Elijah", "Sophia", "Lucas", "Mia", "Mateo", "Amelia", "Levi"];

    private static readonly string[] LastNames = ["García", "Okafor", "Nguyen", "Müller", "Johnson", "O'Brien", "Kowalski", "Haddad", "Smith", "Rossi", "Tanaka"];

    private static readonly TenantId Riverside = new(Tenant);

    private static readonly User Dana = new(new UserId("usr-dana-whitfield"), Email, "Dana Whitfield", [Riverside, new TenantId("tnt-harbor")])
    {
        PlatformUserId = 1041,
    };

    public PageWorld()
    {
        Identity.Add(Dana, "token-" + new string('d', 200), Password);
        Tenants.Grant(Dana.Id, new Tenant(Riverside, "Riverside Family Practice", TenantStatus.Active, "owner", ["patients", "claims", "billing"]) { PlatformCustomerId = 2001 });
        Tenants.Grant(Dana.Id, new Tenant(new TenantId("tnt-harbor"), "Harbor Pediatrics", TenantStatus.Active, "billing", ["patients"]) { PlatformCustomerId = 2002 });
        for (var i = 1; i <= Patients; i++)
        {
            PatientRegistry.Add(Patient(i));
        }
    }

    /// <summary>The current time of Portal's clock; it stands still, so the sign-in never ages into a renewal or a new practice listing.</summary>
    public ManualClock Clock { get; } = new();

    public FakeIdentityProvider Identity { get; } = new();

    public FakeTenantDirectory Tenants { get; } = new();

    public FakePatientRegistry PatientRegistry { get; } = new();

    public FakePracticeDashboard Dashboard { get; } = new()
    {
        Stats = new DashboardStats(
            new PatientCounts(Patients, 4, 52),
            new ClaimCounts(148, 23, 117, 8, PracticeMoney.FromCents(4_812_350)),
            new EncounterCounts(6, 31, 410),
            new InsuranceCounts(97, 11, 3)),
        RecentActivity = [.. Enumerable.Range(1, 10).Select(Activity)],
        Alerts =
        [
            new Alert("alert-1", AlertSeverity.Warning, "Insurance expiring", "Two policies expire this week.", Now.AddHours(-2), patient: new PatientId("pat-0003")),
            new Alert("alert-2", AlertSeverity.Error, "Claim denied", "CLM-0117 was denied: missing referral.", Now.AddHours(-5), claim: new ClaimId("clm-0117")),
            new Alert("alert-3", AlertSeverity.Info, "Schedule", "Dr. Patel is out on Friday.", Now.AddDays(-1)),
        ],
    };

    public FakeBillingLedger Billing { get; } = new()
    {
        Summary = new BillingSummary(14, 1, 3, 1, 9) { IssuedAndOverdueTotal = new Money(25_900, "RON") },
    };

    public FakeSupportDesk Support { get; } = new() { Summary = new TicketsSummary(3, 1, 3) };

    public FakeServiceCatalog Catalog { get; } = new() { Summary = new ServicesSummary(6, 4, 1, 1, 1, 1, new Money(48_970, "RON")) };

    public FakeTeamDirectory Team { get; } = new();

    public FakeCompanyRecords Company { get; } = new();

    public FakeAddressBook Addresses { get; } = new();

    public FakePlatformSessions Sessions { get; } = new();

    public FakeAccountProfile Profile { get; } = new();

    public FakePrivacyOffice Privacy { get; } = new();

    public FakeEncounterRegistry Encounters { get; } = new();

    public FakeTenantEventFeed Events { get; } = new();

    public FakeInsurancePolicyRegistry Policies { get; } = new();

    public FakeClaimRegistry Claims { get; } = new();

    private static Patient Patient(int number)
    {
        var id = number.ToString("0000", CultureInfo.InvariantCulture);
        var first = FirstNames[number % FirstNames.Length];
        var last = LastNames[number * 7 % LastNames.Length];
        return new Patient(
            new PatientId("pat-" + id),
            "P-00" + id,
            first,
            last,
            new DateOnly(1950 + number % 60, 1 + number % 12, 1 + number * 3 % 28),
            number % 2 == 0 ? "female" : "male",
            "+1 555 01" + (number % 100).ToString("00", CultureInfo.InvariantCulture),
            first.ToLowerInvariant() + "." + number.ToString(CultureInfo.InvariantCulture) + "@example.com",
            new PostalAddress(number.ToString(CultureInfo.InvariantCulture) + " River Rd", "Riverside", "CA", "92501"),
            number % 3,
            Riverside,
            MaskedSsn.Parse("***-**-" + (1000 + number).ToString(CultureInfo.InvariantCulture)));
    }

    private static Activity Activity(int number) => new(
        "act-" + number.ToString(CultureInfo.InvariantCulture),
        number % 2 == 0 ? "patient_created" : "claim_submitted",
        number % 2 == 0 ? $"{FirstNames[number % FirstNames.Length]} {LastNames[number % LastNames.Length]} was registered." : $"Claim CLM-01{number:00} was submitted.",
        Now.AddMinutes(-17 * number),
        "Dr. Patel");
}
