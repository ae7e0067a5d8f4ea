using MediatR;
using Portal.Application.Patients.Ports;
using Portal.Domain.Patients;

namespace Portal.Application.Patients.Queries.GetPatient;

internal sealed class GetPatientQueryHandler(IPatientRegistry patients) : IRequestHandler<GetPatientQuery, Patient>
{
    public Task<Patient> Handle(GetPatientQuery request, CancellationToken cancellationToken) =>
        patients.GetAsync(request.Access.ToScope(), new PatientId(request.PatientId), cancellationToken);
}
