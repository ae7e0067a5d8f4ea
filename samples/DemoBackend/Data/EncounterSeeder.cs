using System.Globalization;

namespace Portal.Demo.Backend.Data;

/// <summary>
/// Seeds the encounters: one completed visit behind every claim (its procedures are the claim's), and for some patients
/// a visit scheduled in the coming days. It draws from its own random source, so the rest of the seed stays as it was.
/// </summary>
internal static class EncounterSeeder
{
    private static readonly (string Complaint, string[] Diagnoses)[] Reasons =
    [
        ("Annual physical", ["Z00.00 Encounter for general adult medical examination"]),
        ("Cough and fever for three days", ["J06.9 Acute upper respiratory infection", "R50.9 Fever, unspecified"]),
        ("Follow-up for blood pressure", ["I10 Essential (primary) hypertension"]),
        ("Knee pain after running", ["M25.561 Pain in right knee", "S83.241A Tear of medial meniscus"]),
        ("Shoulder stiffness", ["M75.01 Adhesive capsulitis of right shoulder"]),
        ("Well-child visit", ["Z00.129 Routine child health examination without abnormal findings"]),
        ("Ear pain", ["H66.90 Otitis media, unspecified"]),
        ("Skin rash on both arms", ["L30.9 Dermatitis, unspecified"]),
        ("Lower back pain", ["M54.50 Low back pain, unspecified"]),
    ];

    public static List<DemoEncounter> Seed(Random random, IReadOnlyList<DemoTenant> tenants, IReadOnlyList<DemoPatient> patients, IReadOnlyList<DemoClaim> claims, DateTimeOffset anchor)
    {
        var encounters = new List<DemoEncounter>();
        var tenantById = tenants.ToDictionary(t => t.Id);
        foreach (var claim in claims.OrderBy(c => c.ServiceDate).ThenBy(c => c.Id, StringComparer.Ordinal))
        {
            var tenant = tenantById[claim.TenantId];
            var at = new DateTimeOffset(claim.ServiceDate.ToDateTime(new TimeOnly(8, 0)), TimeSpan.Zero).AddMinutes(random.Next(0, 9 * 60));
            encounters.Add(Create(random, encounters.Count + 1, tenant, claim.PatientId, at, "completed", claim.Lines.Select(l => l.ProcedureCode + " " + l.Description).ToList()));
        }

        foreach (var patient in patients.Where(_ => random.Chance(0.08)))
        {
            var at = anchor.AddDays(random.Next(1, 14)).AddHours(8).AddMinutes(15 * random.Next(0, 36));
            encounters.Add(Create(random, encounters.Count + 1, tenantById[patient.TenantId], patient.Id, at, "scheduled", []));
        }

        return encounters;
    }

    public static DemoEncounter Create(Random random, int sequence, DemoTenant tenant, string patientId, DateTimeOffset at, string status, IReadOnlyList<string> procedures)
    {
        var (complaint, diagnoses) = random.Pick(Reasons);
        var done = status == "completed";
        var doctors = DemoCatalog.StaffNames(tenant.Specialty).Where(name => name.StartsWith("Dr.", StringComparison.Ordinal) || name.StartsWith("PA ", StringComparison.Ordinal)).ToList();
        return new DemoEncounter(
            string.Create(CultureInfo.InvariantCulture, $"enc-{sequence:D6}"),
            tenant.Id,
            patientId,
            at,
            done ? random.Pick(["office_visit", "follow_up", "annual_exam", "consultation"]) : "office_visit",
            random.Pick(doctors),
            complaint,
            done ? diagnoses : [],
            procedures,
            done
                ? new DemoVitals(
                    string.Create(CultureInfo.InvariantCulture, $"{random.Next(105, 150)}/{random.Next(65, 95)}"),
                    string.Create(CultureInfo.InvariantCulture, $"{97.6m + (random.Next(0, 30) / 10m):0.0} F"),
                    string.Create(CultureInfo.InvariantCulture, $"{random.Next(58, 96)} bpm"),
                    string.Create(CultureInfo.InvariantCulture, $"{random.Next(40, 240)} lb"))
                : new DemoVitals(string.Empty, string.Empty, string.Empty, string.Empty),
            done ? "Seen and examined; plan discussed with the patient." : string.Empty,
            status,
            at.AddMinutes(-random.Next(60, 7 * 24 * 60)),
            done ? at.AddMinutes(random.Next(20, 90)) : null);
    }
}
