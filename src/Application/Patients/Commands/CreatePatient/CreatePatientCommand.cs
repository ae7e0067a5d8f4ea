using MediatR;
using Portal.Application.Common.Access;
using Portal.Domain.Patients;

namespace Portal.Application.Patients.Commands.CreatePatient;

/// <summary>
/// Registers a patient with a tenant and returns the record the backend made. The date of birth is nullable so that a
/// form left blank is answered "Date of birth is required." rather than failing to bind.
/// </summary>
public sealed record CreatePatientCommand(
    AccessContext Access,
    string FirstName,
    string LastName,
    string Email,
    string Phone,
    DateOnly? DateOfBirth) : IRequest<Patient>, ITenantScopedCommand
{
    /// <summary>A patient's personal details stay out of logs.</summary>
    public override string ToString() => $"CreatePatientCommand({Access})";
}
