using Portal.Domain.Identity;
using Portal.Domain.Team;

namespace Portal.Application.Team.Ports;

/// <summary>
/// The members of a customer's team and the owner's changes to it. Every call is about the tenant in the
/// <see cref="TenantScope"/>. A member who is not (or no longer) in the team is a <see cref="Common.Exceptions.NotFoundException"/>
/// with what "member"; a reasoned refusal (already a member, the last owner, an e-mail address in use elsewhere) is a
/// <see cref="Common.Exceptions.RequestRejectedException"/>, with the field it concerns when it concerns one.
/// </summary>
public interface ITeamDirectory
{
    /// <summary>The active members, in the Platform's order (by role, then e-mail).</summary>
    Task<IReadOnlyList<TeamMember>> ListAsync(TenantScope scope, CancellationToken cancellationToken);

    /// <summary>Creates the user and adds them with the role; the Platform e-mails them a link to set a password.</summary>
    Task<MemberInvitation> InviteAsync(TenantScope scope, NewMember member, CancellationToken cancellationToken);

    Task ChangeRoleAsync(TenantScope scope, long memberUserId, string role, CancellationToken cancellationToken);

    /// <summary>Ends the membership (the Platform deactivates it; the user keeps their other memberships).</summary>
    Task RemoveAsync(TenantScope scope, long memberUserId, CancellationToken cancellationToken);
}
