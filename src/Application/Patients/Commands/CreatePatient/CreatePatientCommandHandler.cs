using MediatR;
using Portal.Application.Patients.Ports;
using Portal.Domain.Patients;

namespace Portal.Application.Patients.Commands.CreatePatient;

internal sealed class CreatePatientCommandHandler(IPatientRegistry patients) : IRequestHandler<CreatePatientCommand, Patient>
{
    public Task<Patient> Handle(CreatePatientCommand request, CancellationToken cancellationToken)
    {
        var patient = new NewPatient(
            request.FirstName,
            request.LastName,
            request.Email,
            request.Phone,
            request.DateOfBirth ?? throw new ArgumentException("The validator lets no request without a date of birth through.", nameof(request)));
        return patients.CreateAsync(request.Access.ToScope(), patient, cancellationToken);
    }
}
