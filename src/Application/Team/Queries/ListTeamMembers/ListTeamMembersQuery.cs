using MediatR;
using Portal.Application.Common.Access;
using Portal.Domain.Team;

namespace Portal.Application.Team.Queries.ListTeamMembers;

/// <summary>The tenant's active team members; any role may read them.</summary>
public sealed record ListTeamMembersQuery(AccessContext Access) : IRequest<IReadOnlyList<TeamMember>>, ITenantScopedRequest;
