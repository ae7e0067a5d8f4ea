namespace Portal.Demo.Backend.Data;

/// <summary>A visit of a patient, as the public encounters service keeps it.</summary>
internal sealed record DemoEncounter(
    string Id,
    string TenantId,
    string PatientId,
    DateTimeOffset Date,
    string Type,
    string Provider,
    string ChiefComplaint,
    IReadOnlyList<string> Diagnoses,
    IReadOnlyList<string> Procedures,
    DemoVitals Vitals,
    string Notes,
    string Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset? UpdatedAt);
