using Portal.Application.Common.Access;
using Portal.Domain.Claims;
using Portal.Domain.Common;
using Portal.Domain.Dashboard;
using Portal.Domain.Identity;
using Portal.Domain.Insurance;
using Portal.Domain.Patients;
using Portal.Domain.Tenants;

namespace Portal.Application.UnitTests;

internal static class Samples
{
    public const string AdaEmail = "ada@example.com";
    public const string AdaPassword = "correct horse";
    public const string AdaToken = "issued-token";

    /// <summary>A failure guard for tests that wait on signals: reaching it means the awaited thing never happened.</summary>
    public static readonly TimeSpan Guard = TimeSpan.FromSeconds(10);

    public static readonly DateTimeOffset At = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);

    /// <summary>Ada in tenant-1, both linked to the Platform (user 42, customer 7).</summary>
    public static AccessContext Access { get; } = new("token-abc", "user-1", "tenant-1") { PlatformUserId = 42, PlatformCustomerId = 7 };

    public static TenantId Tenant { get; } = new("tenant-1");

    /// <summary>The one customer-portal user, who signs in with <see cref="AdaPassword"/> and is handed <see cref="AdaToken"/>.</summary>
    public static User Ada { get; } = new(new UserId("user-1"), AdaEmail, "Ada Lovelace", [Tenant]);

    public static Patient Patient(string id = "pat-1", TenantId? tenant = null, string firstName = "Ada", string lastName = "Lovelace") => new(
        new PatientId(id),
        "P-000123",
        firstName,
        lastName,
        new DateOnly(1980, 5, 17),
        "female",
        "+1 555 0100",
        $"{firstName.ToLowerInvariant()}@example.com",
        new PostalAddress("1 Main St", "Springfield", "IL", "62701"),
        1,
        tenant ?? Tenant,
        MaskedSsn.Parse("***-**-6789"));

    public static InsurancePolicy Policy(int coverageOrder = 1) => new(
        coverageOrder,
        "Acme Health",
        "PPO",
        $"POL-{coverageOrder}",
        "GRP-1",
        "Ada Lovelace",
        "self",
        new DateOnly(2024, 1, 1),
        null,
        PracticeMoney.FromCents(2_500),
        PracticeMoney.FromCents(100_000),
        VerificationStatus.Verified);

    public static Claim Claim(string id = "clm-1") => new(
        new ClaimSummary(
            new ClaimId(id), "CLM-0001", ClaimStatus.Pending, new DateOnly(2025, 3, 1),
            PracticeMoney.FromCents(10_000), PracticeMoney.FromCents(0), "Acme Health"),
        [new ClaimLine("99213", "Office visit", 2, PracticeMoney.FromCents(5_000))]);

    public static DashboardStats Stats() => new(
        new PatientCounts(10, 2, 8),
        new ClaimCounts(5, 1, 3, 1, PracticeMoney.FromCents(50_000)),
        new EncounterCounts(1, 4, 12),
        new InsuranceCounts(7, 2, 1));

    public static Activity Activity() => new("act-1", "patient_created", "Ada Lovelace was registered.", At, "Dr. Smith");

    public static Alert Alert() => new("alert-1", AlertSeverity.Warning, "Insurance expiring", "Two policies expire this week.", At);
}
