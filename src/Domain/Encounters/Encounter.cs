using Portal.Domain.Patients;
using Portal.Domain.Tenants;

namespace Portal.Domain.Encounters;

/// <summary>
/// One visit of a patient at the practice, as the encounters service records it. <see cref="Type"/> and
/// <see cref="Status"/> are the service's own words (<c>office_visit</c>, <c>in_progress</c>, …), shown as they came:
/// the service fixes no list of them. Text fields are empty when the service left them out.
/// </summary>
public sealed record Encounter
{
    public Encounter(
        EncounterId id,
        TenantId tenantId,
        PatientId patientId,
        DateTimeOffset? date,
        string type,
        string provider,
        string chiefComplaint,
        IReadOnlyList<string> diagnoses,
        IReadOnlyList<string> procedures,
        Vitals vitals,
        string notes,
        string status)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(tenantId);
        ArgumentNullException.ThrowIfNull(patientId);
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(provider);
        ArgumentNullException.ThrowIfNull(chiefComplaint);
        ArgumentNullException.ThrowIfNull(diagnoses);
        ArgumentNullException.ThrowIfNull(procedures);
        ArgumentNullException.ThrowIfNull(vitals);
        ArgumentNullException.ThrowIfNull(notes);
        ArgumentNullException.ThrowIfNull(status);
        Id = id;
        TenantId = tenantId;
        PatientId = patientId;
        Date = date;
        Type = type;
        Provider = provider;
        ChiefComplaint = chiefComplaint;
        Diagnoses = diagnoses;
        Procedures = procedures;
        Vitals = vitals;
        Notes = notes;
        Status = status;
    }

    public EncounterId Id { get; }

    public TenantId TenantId { get; }

    public PatientId PatientId { get; }

    /// <summary>When the visit took place; null when the service's date could not be read or is a day without a time.</summary>
    public DateTimeOffset? Date { get; }

    /// <summary>The visit's day when the service gives a date without a time (<see cref="Date"/> is then null).</summary>
    public DateOnly? Day { get; init; }

    /// <summary>The kind of visit in the service's words, for example <c>office_visit</c> or <c>follow_up</c>.</summary>
    public string Type { get; }

    /// <summary>Who saw the patient, for example "Dr. Smith".</summary>
    public string Provider { get; }

    public string ChiefComplaint { get; }

    /// <summary>Diagnosis codes (ICD-10, for example Z00.00) as recorded.</summary>
    public IReadOnlyList<string> Diagnoses { get; }

    /// <summary>Procedure codes (CPT, for example 99213) as recorded.</summary>
    public IReadOnlyList<string> Procedures { get; }

    public Vitals Vitals { get; }

    public string Notes { get; }

    /// <summary>The service's status word, for example <c>completed</c> or <c>in_progress</c>.</summary>
    public string Status { get; }

    /// <summary>When the record was last changed (its update, else its creation); null when the service did not say.</summary>
    public DateTimeOffset? ChangedAt { get; init; }
}
