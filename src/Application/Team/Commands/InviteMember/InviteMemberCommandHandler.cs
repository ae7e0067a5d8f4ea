using MediatR;
using Portal.Application.Team.Ports;
using Portal.Domain.Team;

namespace Portal.Application.Team.Commands.InviteMember;

internal sealed class InviteMemberCommandHandler(ITeamDirectory directory) : IRequestHandler<InviteMemberCommand, MemberInvitation>
{
    public Task<MemberInvitation> Handle(InviteMemberCommand request, CancellationToken cancellationToken) =>
        directory.InviteAsync(
            request.Access.ToScope(),
            new NewMember(request.Email.Trim(), request.FirstName?.Trim() ?? string.Empty, request.LastName?.Trim() ?? string.Empty, request.Role),
            cancellationToken);
}
