using Portal.Domain.Team;

namespace Portal.Application.Team.Queries.GetTeamMember;

/// <summary>A member and the team they are in, as one answer.</summary>
public sealed record TeamMemberInTeam(TeamMember Member, IReadOnlyList<TeamMember> Team);
