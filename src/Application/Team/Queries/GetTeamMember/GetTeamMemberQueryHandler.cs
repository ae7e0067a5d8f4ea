using MediatR;
using Portal.Application.Team.Ports;

namespace Portal.Application.Team.Queries.GetTeamMember;

internal sealed class GetTeamMemberQueryHandler(ITeamDirectory directory) : IRequestHandler<GetTeamMemberQuery, TeamMemberInTeam>
{
    public async Task<TeamMemberInTeam> Handle(GetTeamMemberQuery request, CancellationToken cancellationToken)
    {
        var team = await directory.ListAsync(request.Access.ToScope(), cancellationToken);
        return new TeamMemberInTeam(TeamRules.Find(team, request.MemberUserId), team);
    }
}
