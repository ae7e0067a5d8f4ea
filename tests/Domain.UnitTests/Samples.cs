using Portal.Domain.Common;
using Portal.Domain.Dashboard;
using Portal.Domain.Patients;
using Portal.Domain.Tenants;

namespace Portal.Domain.UnitTests;

internal static class Samples
{
    public static TenantId Tenant { get; } = new("tenant-1");

    public static Patient Patient(TenantId? tenant = null) => new(
        new PatientId("pat-1"),
        "P-000123",
        "Ada",
        "Lovelace",
        new DateOnly(1980, 5, 17),
        "female",
        "+1 555 0100",
        "ada@example.com",
        new PostalAddress("1 Main St", "Springfield", "IL", "62701"),
        1,
        tenant ?? Tenant,
        MaskedSsn.Parse("***-**-6789"));

    public static DashboardStats Stats() => new(
        new PatientCounts(10, 2, 8),
        new ClaimCounts(5, 1, 3, 1, PracticeMoney.FromCents(50_000)),
        new EncounterCounts(1, 4, 12),
        new InsuranceCounts(7, 2, 1));
}
