using MediatR;
using Portal.Application.Common.Access;
using Portal.Domain.Encounters;

namespace Portal.Application.Encounters.Queries.ListEncounters;

/// <summary>A patient's encounters (visits), most recent first.</summary>
public sealed record ListEncountersQuery(AccessContext Access, string PatientId)
    : IRequest<IReadOnlyList<Encounter>>, ITenantScopedRequest;
