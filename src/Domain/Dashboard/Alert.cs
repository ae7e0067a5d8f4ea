using Portal.Domain.Claims;
using Portal.Domain.Patients;

namespace Portal.Domain.Dashboard;

/// <summary>
/// Something about a practice that wants the user's attention, with the patient or claim it is about when the backend
/// names one.
/// </summary>
public sealed record Alert
{
    public Alert(
        string id, AlertSeverity severity, string title, string message, DateTimeOffset? timestamp,
        PatientId? patient = null, ClaimId? claim = null)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentNullException.ThrowIfNull(message);
        Id = id;
        Severity = severity;
        Title = title;
        Message = message;
        Timestamp = timestamp;
        Patient = patient;
        Claim = claim;
    }

    /// <summary>The backend's id of the alert; empty when it gives none.</summary>
    public string Id { get; }

    public AlertSeverity Severity { get; }

    public string Title { get; }

    /// <summary>Empty when the title says it all.</summary>
    public string Message { get; }

    /// <summary>When the backend raised it; null when it sent no time Portal could read (an alert is shown without it).</summary>
    public DateTimeOffset? Timestamp { get; }

    public PatientId? Patient { get; }

    public ClaimId? Claim { get; }
}
