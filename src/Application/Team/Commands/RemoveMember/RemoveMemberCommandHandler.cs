using MediatR;
using Portal.Application.Common.Exceptions;
using Portal.Application.Team.Ports;
using Portal.Domain.Team;

namespace Portal.Application.Team.Commands.RemoveMember;

/// <summary>Reads the team first, so a removal the Platform would refuse is refused with Portal's own clearer reason.</summary>
internal sealed class RemoveMemberCommandHandler(ITeamDirectory directory) : IRequestHandler<RemoveMemberCommand, TeamMember>
{
    public async Task<TeamMember> Handle(RemoveMemberCommand request, CancellationToken cancellationToken)
    {
        if (request.MemberUserId == request.Access.PlatformUserId)
        {
            throw new RequestRejectedException(TeamRules.NotOnYourself);
        }

        var scope = request.Access.ToScope();
        var team = await directory.ListAsync(scope, cancellationToken);
        var member = TeamRules.Find(team, request.MemberUserId);
        TeamRules.Enforce(team, request.Access.PlatformUserId, member, newRole: null);
        await directory.RemoveAsync(scope, member.UserId, cancellationToken);
        return member;
    }
}
