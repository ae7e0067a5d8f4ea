using MediatR;
using Portal.Application.Common.Exceptions;
using Portal.Application.Team.Ports;
using Portal.Domain.Team;

namespace Portal.Application.Team.Commands.ChangeMemberRole;

/// <summary>Reads the team first, so a change the Platform would refuse is refused with Portal's own clearer reason.</summary>
internal sealed class ChangeMemberRoleCommandHandler(ITeamDirectory directory) : IRequestHandler<ChangeMemberRoleCommand, TeamMember>
{
    public async Task<TeamMember> Handle(ChangeMemberRoleCommand request, CancellationToken cancellationToken)
    {
        if (request.MemberUserId == request.Access.PlatformUserId)
        {
            throw new RequestRejectedException(TeamRules.NotOnYourself);
        }

        var scope = request.Access.ToScope();
        var team = await directory.ListAsync(scope, cancellationToken);
        var member = TeamRules.Find(team, request.MemberUserId);
        TeamRules.Enforce(team, request.Access.PlatformUserId, member, request.NewRole);
        await directory.ChangeRoleAsync(scope, member.UserId, request.NewRole, cancellationToken);
        return member;
    }
}
