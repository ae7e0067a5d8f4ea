using MediatR;
using Portal.Application.Encounters.Ports;
using Portal.Domain.Encounters;
using Portal.Domain.Patients;

namespace Portal.Application.Encounters.Queries.ListEncounters;

internal sealed class ListEncountersQueryHandler(IEncounterRegistry encounters)
    : IRequestHandler<ListEncountersQuery, IReadOnlyList<Encounter>>
{
    public Task<IReadOnlyList<Encounter>> Handle(ListEncountersQuery request, CancellationToken cancellationToken) =>
        encounters.ListForPatientAsync(request.Access.ToScope(), new PatientId(request.PatientId), cancellationToken);
}
