using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Portal.Adapters.Nats.Messaging;
using Portal.Demo.Backend.Data;

namespace Portal.Demo.Backend.Htpi;

/// <summary>
/// Makes the demo feel alive: every interval it publishes, in turn over the tenants, a new dashboard activity and then a
/// patient added or updated. The changes are applied to the world first, so what a browser is told matches what it reads.
/// </summary>
internal sealed partial class LiveBroadcaster(IMessageBus bus, DemoWorld world, TimeProvider clock, ILogger logger)
{
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

    /// <summary>Publishes one broadcast: even ticks an activity, odd ticks a patient change, tenants taking turns by pairs.</summary>
    public async Task PublishNextAsync(CancellationToken cancellationToken)
    {
        var n = tick++;
        var tenant = world.Tenants[(int)(n / 2 % world.Tenants.Count)];
        var (subject, payload) = n % 2 == 0 ? NewActivity(tenant) : PatientChange(tenant, addPatient: n / 2 % 3 == 0);
        await bus.PublishAsync(subject, JsonSerializer.SerializeToUtf8Bytes(payload), cancellationToken).ConfigureAwait(false);
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

    private (string Subject, object Payload) PatientChange(DemoTenant tenant, bool addPatient)
    {
        DemoPatient patient;
        int insuranceCount;
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
        }

        return ("customer.broadcast.patients." + tenant.Id,
            HtpiAnswers.PatientBroadcast(addPatient ? "created" : "updated", HtpiAnswers.Patient(patient, insuranceCount), tenant.Id, clock.GetUtcNow()));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Publishing a broadcast failed")]
    private static partial void LogBroadcastFailed(ILogger logger, Exception exception);
}
