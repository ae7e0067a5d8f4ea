using Portal.Domain.Dashboard;
using Portal.Domain.Encounters;
using Portal.Domain.Patients;
using Portal.Domain.Tenants;

namespace Portal.Domain.LiveUpdates;

/// <summary>
/// One live change in a tenant, as a browser showing that tenant needs it. Exactly one payload is set (none for an
/// interruption), and which one follows from <see cref="Kind"/>: the factories are the only way to make one, so a kind never arrives without its payload.
/// </summary>
public sealed record TenantEvent
{
    private TenantEvent(
        TenantEventKind kind,
        TenantId tenantId,
        DateTimeOffset timestamp,
        DashboardStats? stats,
        Activity? activity,
        Patient? patient,
        string? summary,
        Encounter? encounter = null)
    {
        ArgumentNullException.ThrowIfNull(tenantId);
        Kind = kind;
        TenantId = tenantId;
        Timestamp = timestamp;
        Stats = stats;
        Activity = activity;
        Patient = patient;
        Summary = summary;
        Encounter = encounter;
    }

    public TenantEventKind Kind { get; }

    public TenantId TenantId { get; }

    /// <summary>When the backend says it happened, or when it was received if the backend did not say.</summary>
    public DateTimeOffset Timestamp { get; }

    /// <summary>Set for <see cref="TenantEventKind.Stats"/> only.</summary>
    public DashboardStats? Stats { get; }

    /// <summary>Set for <see cref="TenantEventKind.Activity"/> only.</summary>
    public Activity? Activity { get; }

    /// <summary>Set for patient events whose patient came with them.</summary>
    public Patient? Patient { get; }

    /// <summary>Set for <see cref="TenantEventKind.EncounterCreated"/> and <see cref="TenantEventKind.EncounterUpdated"/>.</summary>
    public Encounter? Encounter { get; }

    /// <summary>A short human sentence for events without a typed payload, for example "Claim CLM-0042 was approved."</summary>
    public string? Summary { get; }

    public static TenantEvent ForStats(TenantId tenantId, DateTimeOffset timestamp, DashboardStats stats)
    {
        ArgumentNullException.ThrowIfNull(stats);
        return new TenantEvent(TenantEventKind.Stats, tenantId, timestamp, stats, null, null, null);
    }

    public static TenantEvent ForActivity(TenantId tenantId, DateTimeOffset timestamp, Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return new TenantEvent(TenantEventKind.Activity, tenantId, timestamp, null, activity, null, null);
    }

    /// <summary>A patient event carrying the patient: <paramref name="kind"/> is one of the patient kinds.</summary>
    public static TenantEvent ForPatient(TenantEventKind kind, TenantId tenantId, DateTimeOffset timestamp, Patient patient)
    {
        ArgumentNullException.ThrowIfNull(tenantId);
        ArgumentNullException.ThrowIfNull(patient);
        if (kind is not (TenantEventKind.PatientCreated or TenantEventKind.PatientUpdated or TenantEventKind.PatientDeleted
            or TenantEventKind.PatientUpdate))
        {
            throw new ArgumentException($"A {kind} event does not carry a patient.", nameof(kind));
        }

        if (patient.TenantId != tenantId)
        {
            throw new ArgumentException("The patient belongs to another tenant than the event.", nameof(patient));
        }

        return new TenantEvent(kind, tenantId, timestamp, null, null, patient, null);
    }

    /// <summary>An encounter recorded or changed: <paramref name="kind"/> is one of the encounter kinds.</summary>
    public static TenantEvent ForEncounter(TenantEventKind kind, TenantId tenantId, DateTimeOffset timestamp, Encounter encounter)
    {
        ArgumentNullException.ThrowIfNull(tenantId);
        ArgumentNullException.ThrowIfNull(encounter);
        if (kind is not (TenantEventKind.EncounterCreated or TenantEventKind.EncounterUpdated))
        {
            throw new ArgumentException($"A {kind} event does not carry an encounter.", nameof(kind));
        }

        if (encounter.TenantId != tenantId)
        {
            throw new ArgumentException("The encounter belongs to another tenant than the event.", nameof(encounter));
        }

        return new TenantEvent(kind, tenantId, timestamp, null, null, null, null, encounter);
    }

    /// <summary>The feed of <paramref name="tenantId"/> was interrupted and is live again (<see cref="TenantEventKind.Interrupted"/>).</summary>
    public static TenantEvent ForInterruption(TenantId tenantId, DateTimeOffset timestamp) =>
        new(TenantEventKind.Interrupted, tenantId, timestamp, null, null, null, null);

    /// <summary>An event told in words: any kind except <see cref="TenantEventKind.Stats"/>, <see cref="TenantEventKind.Activity"/> and the encounter kinds, which always carry their payload.</summary>
    public static TenantEvent ForSummary(TenantEventKind kind, TenantId tenantId, DateTimeOffset timestamp, string summary)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(summary);
        if (kind is TenantEventKind.Stats or TenantEventKind.Activity or TenantEventKind.Interrupted
            or TenantEventKind.EncounterCreated or TenantEventKind.EncounterUpdated)
        {
            throw new ArgumentException($"A {kind} event carries its typed payload or none, not a summary.", nameof(kind));
        }

        return new TenantEvent(kind, tenantId, timestamp, null, null, null, summary);
    }
}
