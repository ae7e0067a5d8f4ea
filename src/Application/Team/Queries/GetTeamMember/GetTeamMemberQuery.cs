using MediatR;
using Portal.Application.Common.Access;

namespace Portal.Application.Team.Queries.GetTeamMember;

/// <summary>
/// One active member of the tenant's team with the whole team beside them (the rules judge a change against it); not
/// found when they are not in it.
/// </summary>
public sealed record GetTeamMemberQuery(AccessContext Access, long MemberUserId) : IRequest<TeamMemberInTeam>, ITenantScopedRequest;
