using System.Globalization;

namespace Portal.Demo.Backend.Data;

/// <summary>Seeds the HTPI side: patients, their insurance policies and claims, and each practice's activity and alerts.</summary>
internal sealed class PracticeSeeder(Random random, DateOnly today, DateTimeOffset anchor)
{
    private int claimSequence;

    public List<DemoPatient> Patients { get; } = [];

    public List<DemoPolicy> Policies { get; } = [];

    public List<DemoClaim> Claims { get; } = [];

    public Dictionary<string, List<DemoActivity>> Activities { get; } = [];

    public Dictionary<string, List<DemoAlert>> Alerts { get; } = [];

    public void Seed(IReadOnlyList<DemoTenant> tenants)
    {
        for (var index = 0; index < tenants.Count; index++)
        {
            var tenant = tenants[index];
            var patients = new List<DemoPatient>();
            for (var n = 0; n < DemoCatalog.PatientCounts[index]; n++)
            {
                // About one patient in twelve registered this month, so "new this month" is never zero.
                var registeredOn = random.Chance(0.08)
                    ? today.AddDays(-random.Next(0, today.Day))
                    : today.AddDays(-random.Next(today.Day, 4 * 365));
                var patient = PatientFactory.Create(random, tenant, Patients.Count + 1, today, registeredOn);
                Patients.Add(patient);
                patients.Add(patient);
                var policies = SeedPolicies(tenant, patient);
                SeedClaims(tenant, patient, policies);
            }

            Activities[tenant.Id] = SeedActivities(tenant, patients);
            Alerts[tenant.Id] = SeedAlerts(tenant);
        }
    }

    private List<DemoPolicy> SeedPolicies(DemoTenant tenant, DemoPatient patient)
    {
        var roll = random.NextDouble();
        var count = roll < 0.1 ? 0 : roll < 0.8 ? 1 : 2;
        var policies = new List<DemoPolicy>();
        var age = (today.DayNumber - patient.DateOfBirth.DayNumber) / 365;
        for (var order = 1; order <= count; order++)
        {
            var insurer = order == 1 && age >= 65 ? DemoCatalog.Medicare
                : order == 1 && tenant.Specialty == "pediatrics" && random.Chance(0.25) ? DemoCatalog.Medicaid
                : random.Pick(DemoCatalog.Insurers);
            var (subscriber, relationship) = Subscriber(tenant, patient);
            var effective = today.AddDays(-random.Next(30, 5 * 365));
            var verification = random.NextDouble() switch
            {
                < 0.72 => "verified",
                < 0.9 => "pending",
                _ => "expired",
            };
            DateOnly? termination = verification == "expired"
                ? today.AddDays(-random.Next(1, Math.Max(2, today.DayNumber - effective.DayNumber)))
                : random.Chance(0.3) ? new DateOnly(today.Year, 12, 31) : null;
            var policy = new DemoPolicy(
                patient.Id,
                order,
                insurer.Name,
                random.Pick(insurer.PlanTypes),
                string.Create(CultureInfo.InvariantCulture, $"{insurer.PolicyPrefix}{random.Next(100_000_000, 1_000_000_000)}"),
                insurer.IsPublicPlan ? string.Empty : string.Create(CultureInfo.InvariantCulture, $"GRP-{random.Next(10_000, 100_000)}"),
                subscriber,
                relationship,
                effective,
                termination,
                insurer.IsPublicPlan ? 0 : 100 * random.Pick<long>([20, 25, 30, 35, 40, 50]),
                insurer == DemoCatalog.Medicare ? 25_700 : insurer.IsPublicPlan ? 0 : 100 * random.Pick<long>([500, 1_000, 1_500, 2_000, 3_000, 5_000]),
                verification);
            policies.Add(policy);
            Policies.Add(policy);
        }

        return policies;
    }

    private (string Name, string Relationship) Subscriber(DemoTenant tenant, DemoPatient patient)
    {
        if (tenant.Specialty == "pediatrics")
        {
            var parent = random.Pick(random.Chance(0.5) ? DemoCatalog.FemaleFirstNames : DemoCatalog.MaleFirstNames);
            return (parent + " " + patient.LastName, "child");
        }

        if (random.Chance(0.8))
        {
            return (patient.FirstName + " " + patient.LastName, "self");
        }

        var spouse = random.Pick(patient.Gender == "female" ? DemoCatalog.MaleFirstNames : DemoCatalog.FemaleFirstNames);
        return (spouse + " " + patient.LastName, "spouse");
    }

    private void SeedClaims(DemoTenant tenant, DemoPatient patient, List<DemoPolicy> policies)
    {
        var procedures = DemoCatalog.Procedures(tenant.Specialty);
        var count = tenant.Specialty == "pediatrics" ? random.Next(1, 4) : random.Next(0, 5);
        var payer = policies.Count > 0 ? policies[0].InsuranceCompany : "Self-pay";
        for (var n = 0; n < count; n++)
        {
            var serviceDate = today.AddDays(-random.Next(0, 180));
            // The first line is the visit itself, the others what was done during it.
            var lines = new List<DemoClaimLine>();
            var lineCount = random.Next(1, 4);
            for (var l = 0; l < lineCount; l++)
            {
                var procedure = l == 0 ? procedures[random.Next(Math.Min(3, procedures.Count))] : random.Pick(procedures);
                if (lines.Any(line => line.ProcedureCode == procedure.Code))
                {
                    continue;
                }

                var units = random.Next(1, procedure.MaxUnits + 1);
                lines.Add(new DemoClaimLine(procedure.Code, procedure.Description, units, units * procedure.UnitChargeCents));
            }

            var age = today.DayNumber - serviceDate.DayNumber;
            var status = age < 3 ? random.Pick(["draft", "submitted"])
                : age < 21 ? random.Pick(["submitted", "pending", "pending", "approved"])
                : random.NextDouble() switch
                {
                    < 0.62 => "paid",
                    < 0.74 => "approved",
                    < 0.88 => "denied",
                    _ => "pending",
                };
            var total = lines.Sum(line => line.ChargeCents);
            var paid = status != "paid" ? 0
                : payer == "Self-pay" ? total
                : (long)Math.Round(total * (0.55m + (decimal)random.NextDouble() * 0.35m), MidpointRounding.AwayFromZero);
            claimSequence++;
            Claims.Add(new DemoClaim(
                string.Create(CultureInfo.InvariantCulture, $"clm-{claimSequence:D6}"),
                tenant.Id,
                patient.Id,
                string.Create(CultureInfo.InvariantCulture, $"CLM-{serviceDate.Year}-{claimSequence:D6}"),
                status,
                serviceDate,
                payer,
                paid,
                lines));
        }
    }

    private List<DemoActivity> SeedActivities(DemoTenant tenant, List<DemoPatient> patients)
    {
        var staff = DemoCatalog.StaffNames(tenant.Specialty);
        var claims = Claims.Where(claim => claim.TenantId == tenant.Id).ToList();
        var activities = new List<DemoActivity>();
        var at = anchor.AddHours(-2);
        for (var n = 0; n < 15; n++)
        {
            at = at.AddMinutes(-random.Next(20, 600));
            var patient = random.Pick(patients);
            var claim = random.Pick(claims);
            var (type, description) = random.Next(5) switch
            {
                0 => ("patient_created", $"New patient {patient.FirstName} {patient.LastName} registered"),
                1 => ("claim_submitted", $"Claim {claim.ClaimNumber} submitted to {claim.Payer}"),
                2 => ("claim_paid", string.Create(CultureInfo.InvariantCulture, $"Payment of ${claim.TotalChargeCents * 0.8m / 100m:N2} posted to claim {claim.ClaimNumber}")),
                3 => ("insurance_verified", $"Insurance verified for {patient.FirstName} {patient.LastName}"),
                _ => ("appointment_completed", $"Visit completed for {patient.FirstName} {patient.LastName}"),
            };
            activities.Add(new DemoActivity(
                string.Create(CultureInfo.InvariantCulture, $"act-{tenant.Id[4..]}-{n + 1:D4}"),
                type,
                description,
                at,
                random.Pick(staff)));
        }

        return activities;
    }

    private List<DemoAlert> SeedAlerts(DemoTenant tenant)
    {
        var claims = Claims.Where(claim => claim.TenantId == tenant.Id).ToList();
        var patientIds = Patients.Where(p => p.TenantId == tenant.Id).Select(p => p.Id).ToHashSet();
        var policies = Policies.Where(policy => patientIds.Contains(policy.PatientId)).ToList();
        var stale = claims.Count(c => c.Status is "pending" or "submitted" && today.DayNumber - c.ServiceDate.DayNumber > 14);
        var denied = claims.Count(c => c.Status == "denied");
        var unverified = policies.Count(p => p.VerificationStatus == "pending");
        var expired = policies.Count(p => p.VerificationStatus == "expired");
        var prefix = tenant.Id[4..];
        var latestDenied = claims.Where(c => c.Status == "denied").MaxBy(c => c.ServiceDate);
        List<DemoAlert> alerts =
        [
            new($"alert-{prefix}-1", "error", "Denied claims need review",
                string.Create(CultureInfo.InvariantCulture, $"{denied} claims were denied by payers and can be corrected and resubmitted."), anchor.AddHours(-3)),
            new($"alert-{prefix}-2", "warning", "Claims awaiting payer response",
                string.Create(CultureInfo.InvariantCulture, $"{stale} claims have waited more than 14 days for a decision."), anchor.AddHours(-5)),
            new($"alert-{prefix}-3", "info", "Insurance verifications pending",
                string.Create(CultureInfo.InvariantCulture, $"{unverified} policies still need to be verified before the next visit."), anchor.AddHours(-8)),
            new($"alert-{prefix}-4", "warning", "Expired coverage on file",
                string.Create(CultureInfo.InvariantCulture, $"{expired} patients have an expired policy on file; ask for a new card at check-in."), anchor.AddDays(-1)),
        ];
        if (latestDenied is not null)
        {
            alerts.Insert(1, new($"alert-{prefix}-5", "error", $"Claim {latestDenied.ClaimNumber} was denied",
                $"{latestDenied.Payer} denied it; correct and resubmit.", anchor.AddHours(-4), latestDenied.PatientId, latestDenied.Id));
        }

        return alerts;
    }
}
