namespace Portal.Demo.Backend.Data;

/// <summary>
/// A dashboard alert; <see cref="Type"/> is its severity: info, warning or error. An alert about one claim names it and
/// its patient.
/// </summary>
internal sealed record DemoAlert(
    string Id, string Type, string Title, string Message, DateTimeOffset Timestamp, string? PatientId = null, string? ClaimId = null);
