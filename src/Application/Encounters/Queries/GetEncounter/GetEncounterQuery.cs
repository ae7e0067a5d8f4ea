using MediatR;
using Portal.Application.Common.Access;
using Portal.Domain.Encounters;

namespace Portal.Application.Encounters.Queries.GetEncounter;

/// <summary>
/// One encounter of one patient of a tenant; fails with NotFoundException when the tenant has no such encounter or it is
/// another patient's.
/// </summary>
public sealed record GetEncounterQuery(AccessContext Access, string PatientId, string EncounterId)
    : IRequest<Encounter>, ITenantScopedRequest;
