using Portal.Domain.Billing;
using Portal.Domain.Claims;
using Portal.Domain.Common;
using Portal.Domain.Dashboard;
using Portal.Domain.Encounters;
using Portal.Domain.Identity;
using Portal.Domain.Insurance;
using Portal.Domain.Patients;
using Portal.Domain.Profile;
using Portal.Domain.Services;
using Portal.Domain.Tenants;
using Portal.Domain.Tickets;

namespace Portal.Web.FunctionalTests;

/// <summary>The world the fakes answer from: Ada sees tenant-1 (owner) and tenant-2 (viewer); tenant-3 is Bob's alone.</summary>
internal static class Samples
{
    public const string AdaEmail = "ada@example.com";
    public const string AdaPassword = "correct horse";
    public const string AdaToken = "token-ada";
    public const string AdaId = "user-1";
    public const string BobToken = "token-bob";
    public const string BobId = "user-2";

    /// <summary>Ada's and Bob's ids on the Platform, and the customer the clinic is linked to.</summary>
    public const long AdaPlatformId = 1001;
    public const long BobPlatformId = 1002;

    /// <summary>Members of the clinic's team besides Ada (<see cref="SeededFakes.Team"/>).</summary>
    public const long GracePlatformId = 1003;
    public const long LinusPlatformId = 1004;
    public const long ClinicCustomer = 7;

    /// <summary>A failure guard for tests that wait on a signal: reaching it means the awaited thing never happened.</summary>
    public static readonly TimeSpan Guard = TimeSpan.FromSeconds(10);

    public static readonly DateTimeOffset At = new(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);

    public static readonly byte[] PdfBytes = [.. "%PDF-1.4 fake invoice"u8];

    public static TenantId Clinic { get; } = new("tenant-1");

    /// <summary>Signs in with <see cref="AdaPassword"/> and is handed <see cref="AdaToken"/>.</summary>
    public static User Ada { get; } = new(new UserId(AdaId), AdaEmail, "Ada Lovelace", [Clinic]) { PlatformUserId = AdaPlatformId };

    /// <summary>Never signs in here; a test may plant <see cref="BobToken"/>.</summary>
    public static User Bob { get; } = new(new UserId(BobId), "bob@example.com", "Bob Builder", [new TenantId("tenant-3")]) { PlatformUserId = BobPlatformId };

    /// <summary>Ada's clinic, linked to <see cref="ClinicCustomer"/> unless a test says otherwise.</summary>
    public static Tenant ClinicTenant(long? customer = ClinicCustomer, string role = "owner") =>
        new(Clinic, "Springfield Clinic", TenantStatus.Active, role, ["patients"]) { PlatformCustomerId = customer };

    /// <summary>A Platform customer as a tenant, as the Platform alone lists it: its id is the customer id.</summary>
    public static Tenant Customer(long id, string name, string role) =>
        new(new TenantId(id.ToString(System.Globalization.CultureInfo.InvariantCulture)), name, TenantStatus.Active, role, []) { PlatformCustomerId = id };

    public static Patient Patient(string id, string firstName = "Ada", string lastName = "Lovelace", TenantId? tenant = null) => new(
        new PatientId(id),
        "P-" + id,
        firstName,
        lastName,
        new DateOnly(1980, 5, 17),
        "female",
        "+1 555 0100",
        "patient-" + id + "@example.com",
        new PostalAddress("1 Main St", "Springfield", "IL", "62701"),
        1,
        tenant ?? Clinic,
        MaskedSsn.Parse("***-**-6789"));

    public static InsurancePolicy Policy() => new(
        1, "Acme Health", "PPO", "POL-77", "GRP-1", "Ada Lovelace", "self", new DateOnly(2024, 1, 1), null,
        PracticeMoney.FromCents(2_500), PracticeMoney.FromCents(100_000), VerificationStatus.Verified);

    /// <summary>A visit of the clinic's pat-1 (or of <paramref name="patientId"/> in <paramref name="tenant"/>).</summary>
    public static Encounter Encounter(
        string id,
        string patientId = "pat-1",
        TenantId? tenant = null,
        string status = "completed",
        DateTimeOffset? date = null,
        string provider = "Dr. Smith",
        DateOnly? day = null,
        string temperature = "98.6") => new(
        new EncounterId(id),
        tenant ?? Clinic,
        new PatientId(patientId),
        day is null ? date ?? At : null,
        "office_visit",
        provider,
        "Annual checkup",
        ["Z00.00"],
        ["99213"],
        new Vitals("120/80", temperature, "72", "165 lbs"),
        "Patient in good health. Continue current medications.",
        status)
    {
        Day = day,
    };

    public static Claim Claim(string id = "clm-1") => new(
        new ClaimSummary(
            new ClaimId(id), "CLM-0001", ClaimStatus.Pending, new DateOnly(2026, 3, 1),
            PracticeMoney.FromCents(10_000), PracticeMoney.FromCents(0), "Acme Health"),
        [new ClaimLine("99213", "Office visit", 2, PracticeMoney.FromCents(5_000))]);

    public static DashboardStats Stats(int patients = 10) => new(
        new PatientCounts(patients, 2, 8),
        new ClaimCounts(5, 1, 3, 1, PracticeMoney.FromCents(50_000)),
        new EncounterCounts(1, 4, 12),
        new InsuranceCounts(7, 2, 1));

    /// <summary>Ada's own profile on the Platform, in <paramref name="language"/> and <paramref name="timeZone"/>.</summary>
    public static UserProfile AdaProfile(string language, string timeZone) => new("ada@example.com", "Ada", "Lovelace", "+44 20 7946 0018")
    {
        Preferences = new ProfilePreferences(language, timeZone, true, true, false),
    };

    public static Activity Activity() => new("act-1", "patient_created", "Grace Hopper was registered.", At, "Dr. Smith");

    public static Alert Alert() => new("alert-1", AlertSeverity.Warning, "Insurance expiring", "Two policies expire this week.", At);

    public static InvoiceSummary Invoice(string number, InvoiceStatus status = InvoiceStatus.Issued) => new(
        new InvoiceNumber(number), status, new Money(12_100, "EUR"), new DateOnly(2026, 12, 1), At,
        status == InvoiceStatus.Overdue, new Money(status == InvoiceStatus.Paid ? 0 : 12_100, "EUR"));

    public static Invoice InvoiceWithLines(string number) => new(
        Invoice(number),
        new Money(10_000, "EUR"),
        new Money(2_100, "EUR"),
        At,
        null,
        [new InvoiceLine("Hosting, November", 1m, new Money(10_000, "EUR"), 2_100, new Money(10_000, "EUR"))],
        new BillTo("Acme SRL", ["Str. Lunga 1", "Cluj"], "RO123"));

    public static ProformaSummary Proforma(string number) =>
        new(new ProformaNumber(number), ProformaStatus.Sent, new Money(5_000, "EUR"), new DateOnly(2026, 12, 31), At, false);

    public static Proforma ProformaWithLines(string number) => new(
        Proforma(number), new Money(5_000, "EUR"), new Money(0, "EUR"),
        [new InvoiceLine("Domain renewal", 1m, new Money(5_000, "EUR"), 0, new Money(5_000, "EUR"))], null, "Valid for 30 days");

    public static CustomerService Service(string id = "svc-1", ServiceStatus status = ServiceStatus.Active) => new(
        new ServiceId(id), "Web hosting " + id, "example.com", status, BillingCycle.Monthly, new Money(1_999, "EUR"), true, At.AddYears(1), 1.5m);

    /// <summary>A detail on plan "p-1", a shared hosting plan.</summary>
    public static ServiceDetail ServiceDetail(string id = "svc-1", ServiceStatus status = ServiceStatus.Active) =>
        new(Service(id, status), "Business", new DateOnly(2026, 12, 1), At, 10m, 3m, 100m) { PlanId = "p-1", PlanType = "shared_hosting" };

    /// <summary>The service's own plan p-1, p-2 of the same type (sold monthly only), and p-3 a VPS.</summary>
    public static IReadOnlyList<ServicePlan> Plans() =>
    [
        new ServicePlan("p-1", "Business", "shared_hosting", new Money(1_999, "EUR"), ["10 GB disk"]),
        new ServicePlan("p-2", "Business Max", "shared_hosting", new Money(3_950, "EUR"), ["100 GB disk", "50 e-mail accounts"])
        {
            Description = "Room for several sites",
            SetupFee = new Money(0, "EUR"),
            DiskSpaceGb = 100,
            EmailAccounts = 50,
        },
        new ServicePlan("p-3", "Managed VPS", "vps", new Money(21_900, "EUR"), ["4 CPU cores"])
        {
            QuarterlyPrice = new Money(63_900, "EUR"),
            AnnualPrice = new Money(239_000, "EUR"),
        },
    ];

    public static Ticket Ticket(string id = "tk-1", TicketStatus status = TicketStatus.Open) => new(
        new TicketSummary(new TicketId(id), "TK-00001", "Email is down", status, TicketPriority.High, "email", At, At),
        "Since this morning no email arrives.",
        [new TicketComment(new TicketCommentId("c-1"), "Support Sam", true, "We are looking into it.", At)]);

    public static ServicesSummary ServicesSummary() => new(3, 2, 1, 0, 0, 1, new Money(5_997, "EUR"));

    public static TicketsSummary TicketsSummary() => new(2, 1, 1);

    public static BillingSummary BillingSummary() => new(3, 0, 2, 1, 0) { IssuedAndOverdueTotal = new Money(24_200, "EUR") };
}
