using MediatR;
using Portal.Application.Common.Exceptions;
using Portal.Application.Encounters.Ports;
using Portal.Domain.Encounters;
using Portal.Domain.Patients;

namespace Portal.Application.Encounters.Queries.GetEncounter;

/// <summary>
/// The encounters service finds an encounter by its id alone, so the patient it belongs to is checked here: the address
/// names the patient, and another patient's encounter under it is not found, as a missing one is.
/// </summary>
internal sealed class GetEncounterQueryHandler(IEncounterRegistry encounters) : IRequestHandler<GetEncounterQuery, Encounter>
{
    public async Task<Encounter> Handle(GetEncounterQuery request, CancellationToken cancellationToken)
    {
        var encounter = await encounters.GetAsync(request.Access.ToScope(), new EncounterId(request.EncounterId), cancellationToken)
            .ConfigureAwait(false);
        return encounter.PatientId == new PatientId(request.PatientId) ? encounter : throw new NotFoundException("encounter");
    }
}
