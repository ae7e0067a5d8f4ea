namespace Portal.Demo.Backend.Data;

/// <summary>A patient of one practice. Only the last four digits of the SSN exist in the demo.</summary>
internal sealed record DemoPatient(
    string Id,
    string PatientNumber,
    string TenantId,
    string FirstName,
    string LastName,
    DateOnly DateOfBirth,
    string Gender,
    string SsnLastFour,
    string Phone,
    string Email,
    string Address,
    string City,
    string State,
    string ZipCode,
    DateOnly RegisteredOn,
    bool Active);
