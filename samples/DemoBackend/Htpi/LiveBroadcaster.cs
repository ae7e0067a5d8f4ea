using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Portal.Adapters.Nats.Messaging;
using Portal.Demo.Backend.Data;

namespace Portal.Demo.Backend.Htpi;

/// <summary>
/// Makes the demo feel alive: every interval it publishes, tenant after tenant, one change of the kinds the public
/// services broadcast — a new dashboard activity; a patient added or updated (on the patients subject, with a dashboard
/// <c>patient_update</c>); an encounter created or updated (on <c>customer.broadcast.encounters.&lt;tenantId&gt;</c>, with
/// an <c>encounter_update</c>); a claim decided (<c>claim_update</c>). The changes are applied to the world first, so what
/// a browser is told matches what it reads.
/// </summary>
internal sealed partial class LiveBroadcaster(IMessageBus bus, DemoWorld world, TimeProvider clock, ILogger logger)
{
    /// <summary>How many kinds of change there are; each round of turns brings the next.</summary>
    public const int Kinds = 4;

    private readonly Random random = new(DemoSeeder.DefaultSeed + 1);
    private long tick;

    public async Task RunAsync(TimeSpan interval, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(interval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false))
            {
                try
                {
                    await PublishNextAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    LogBroadcastFailed(logger, exception);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    /// <summary>
    /// Publishes the next change. Tenants take turns tick by tick, so an open page sees something every few ticks; each
    /// round of turns brings the next kind: an activity, a patient change, an encounter change, a claim decision.
    /// </summary>
    public async Task PublishNextAsync(CancellationToken cancellationToken)
    {
        var n = tick++;
        var tenants = world.Tenants.Count;
        var tenant = world.Tenants[(int)(n % tenants)];
        var round = n / tenants;
        (string Subject, object Payload)[] messages = (round % Kinds) switch
        {
            0 => [NewActivity(tenant)],
            1 => PatientChange(tenant, addPatient: round / Kinds % 2 == 0),
            2 => EncounterChange(tenant),
            _ => ClaimDecision(tenant),
        };
        foreach (var (subject, payload) in messages)
        {
            await bus.PublishAsync(subject, JsonSerializer.SerializeToUtf8Bytes(payload), cancellationToken).ConfigureAwait(false);
        }
    }

    private (string Subject, object Payload) NewActivity(DemoTenant tenant)
    {
        var now = clock.GetUtcNow();
        DemoActivity activity;
        lock (world.Sync)
        {
            var patients = world.Patients.Where(p => p.TenantId == tenant.Id).ToList();
            var patient = random.Pick(patients);
            var (type, description) = random.Next(3) switch
            {
                0 => ("appointment_completed", $"Visit completed for {patient.FirstName} {patient.LastName}"),
                1 => ("insurance_verified", $"Insurance verified for {patient.FirstName} {patient.LastName}"),
                _ => ("appointment_scheduled", $"Follow-up scheduled for {patient.FirstName} {patient.LastName}"),
            };
            var sequence = world.NextActivitySequence++;
            activity = new DemoActivity(
                string.Create(CultureInfo.InvariantCulture, $"act-live-{sequence:D6}"),
                type,
                description,
                now,
                random.Pick(DemoCatalog.StaffNames(tenant.Specialty)));
            world.Activities[tenant.Id].Add(activity);
        }

        return ("customer.broadcast.dashboard." + tenant.Id,
            HtpiAnswers.DashboardBroadcast("activity", HtpiAnswers.Activity(activity), now, tenant.Id));
    }

    private (string Subject, object Payload)[] PatientChange(DemoTenant tenant, bool addPatient)
    {
        DemoPatient patient;
        int insuranceCount;
        int patientCount;
        lock (world.Sync)
        {
            var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            if (addPatient)
            {
                patient = PatientFactory.Create(random, tenant, world.NextPatientSequence++, today, today);
                world.Patients.Add(patient);
            }
            else
            {
                var index = random.Next(world.Patients.Count);
                while (world.Patients[index].TenantId != tenant.Id)
                {
                    index = (index + 1) % world.Patients.Count;
                }

                var city = random.Pick(tenant.Cities);
                patient = world.Patients[index] with
                {
                    Phone = string.Create(CultureInfo.InvariantCulture, $"({city.AreaCode}) 555-01{random.Next(100):D2}"),
                    Address = string.Create(CultureInfo.InvariantCulture, $"{random.Next(100, 9_900)} {random.Pick(DemoCatalog.Streets)}"),
                    City = city.Name,
                    ZipCode = city.ZipCode,
                };
                world.Patients[index] = patient;
            }

            insuranceCount = world.Policies.Count(p => p.PatientId == patient.Id);
            patientCount = world.Patients.Count(p => p.TenantId == tenant.Id);
        }

        var now = clock.GetUtcNow();
        var action = addPatient ? "created" : "updated";
        return
        [
            ("customer.broadcast.patients." + tenant.Id, HtpiAnswers.PatientBroadcast(action, HtpiAnswers.Patient(patient, insuranceCount), tenant.Id, now)),
            ("customer.broadcast.dashboard." + tenant.Id, HtpiAnswers.DashboardBroadcast(
                "patient_update", new { action, count = patientCount, patient_name = patient.FirstName + " " + patient.LastName }, now, tenant.Id)),
        ];
    }

    /// <summary>Schedules a visit for a patient, or completes the tenant's earliest scheduled one.</summary>
    private (string Subject, object Payload)[] EncounterChange(DemoTenant tenant)
    {
        var now = clock.GetUtcNow();
        DemoEncounter encounter;
        string action;
        lock (world.Sync)
        {
            var index = world.Encounters.FindIndex(e => e.TenantId == tenant.Id && e.Status == "scheduled");
            if (index >= 0 && random.Next(2) == 0)
            {
                var scheduled = world.Encounters[index];
                var done = EncounterSeeder.Create(random, 0, tenant, scheduled.PatientId, scheduled.Date, "completed", []);
                encounter = scheduled with
                {
                    Status = "completed",
                    Diagnoses = done.Diagnoses,
                    Vitals = done.Vitals,
                    Notes = done.Notes,
                    UpdatedAt = now,
                };
                world.Encounters[index] = encounter;
                action = "updated";
            }
            else
            {
                var patient = random.Pick(world.Patients.Where(p => p.TenantId == tenant.Id).ToList());
                var at = now.AddDays(random.Next(1, 10)).AddMinutes(15 * random.Next(0, 30));
                encounter = EncounterSeeder.Create(random, world.NextEncounterSequence++, tenant, patient.Id, at, "scheduled", []) with { CreatedAt = now };
                world.Encounters.Add(encounter);
                action = "created";
            }
        }

        return
        [
            ("customer.broadcast.encounters." + tenant.Id, new { action, encounter = HtpiAnswers.Encounter(encounter) }),
            ("customer.broadcast.dashboard." + tenant.Id, HtpiAnswers.DashboardBroadcast("encounter_update", new { action, provider = encounter.Provider }, now, tenant.Id)),
        ];
    }

    /// <summary>A payer decides one of the tenant's waiting claims (or, when none waits, pays an approved one).</summary>
    private (string Subject, object Payload)[] ClaimDecision(DemoTenant tenant)
    {
        DemoClaim claim;
        lock (world.Sync)
        {
            var index = world.Claims.FindIndex(c => c.TenantId == tenant.Id && c.Status is "pending" or "submitted");
            if (index < 0)
            {
                index = world.Claims.FindIndex(c => c.TenantId == tenant.Id && c.Status == "approved");
            }

            if (index < 0)
            {
                return [NewActivity(tenant)];
            }

            var current = world.Claims[index];
            claim = current.Status == "approved"
                ? current with { Status = "paid", PaidCents = current.TotalChargeCents }
                : current with { Status = random.Next(5) == 0 ? "denied" : "approved" };
            world.Claims[index] = claim;
        }

        return
        [
            ("customer.broadcast.dashboard." + tenant.Id, HtpiAnswers.DashboardBroadcast(
                "claim_update", new { action = claim.Status, claim_id = claim.Id, amount = HtpiAnswers.Dollars(claim.TotalChargeCents) }, clock.GetUtcNow(), tenant.Id)),
        ];
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Publishing a broadcast failed")]
    private static partial void LogBroadcastFailed(ILogger logger, Exception exception);
}
