using MediatR;
using Portal.Application.Common.Access;
using Portal.Domain.Team;

namespace Portal.Application.Team.Commands.RemoveMember;

/// <summary>
/// Removes a member from the tenant's team; answers the member as they were. Owners only (<see cref="RoleRules"/>),
/// never themselves, and never the last owner (<see cref="TeamRules"/>).
/// </summary>
public sealed record RemoveMemberCommand(AccessContext Access, long MemberUserId) : IRequest<TeamMember>, IRoleGatedCommand;
