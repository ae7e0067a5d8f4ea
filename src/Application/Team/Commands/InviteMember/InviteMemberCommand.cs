using MediatR;
using Portal.Application.Common.Access;
using Portal.Domain.Team;

namespace Portal.Application.Team.Commands.InviteMember;

/// <summary>
/// Invites someone into the tenant's team with a role: the Platform creates their user and e-mails them a link to set a
/// password. Owners only (<see cref="RoleRules"/>).
/// </summary>
public sealed record InviteMemberCommand(AccessContext Access, string Email, string FirstName, string LastName, string Role)
    : IRequest<MemberInvitation>, IRoleGatedCommand;
