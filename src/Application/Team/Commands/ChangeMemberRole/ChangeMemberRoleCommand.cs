using MediatR;
using Portal.Application.Common.Access;
using Portal.Domain.Team;

namespace Portal.Application.Team.Commands.ChangeMemberRole;

/// <summary>
/// Gives a member of the tenant's team another role; answers the member as they were. Owners only
/// (<see cref="RoleRules"/>), never on themselves, and never leaving the team without an owner (<see cref="TeamRules"/>).
/// </summary>
public sealed record ChangeMemberRoleCommand(AccessContext Access, long MemberUserId, string NewRole) : IRequest<TeamMember>, IRoleGatedCommand;
