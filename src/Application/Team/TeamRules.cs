using Portal.Application.Common.Exceptions;
using Portal.Domain.Identity;
using Portal.Domain.Team;

namespace Portal.Application.Team;

/// <summary>
/// What an owner may not do to a team, whatever their role allows: act on themselves, or leave the team without an owner
/// (platform-api.md §5; the Platform refuses both too). The commands check these against a fresh member list before
/// anything is sent; Web asks the same to offer no action that would be refused.
/// </summary>
public static class TeamRules
{
    public const string NotOnYourself = "You cannot change your own role or remove yourself from the team; another owner can.";

    /// <summary>
    /// Why <paramref name="actingUserId"/> may not give <paramref name="target"/> the role <paramref name="newRole"/>
    /// (null: remove them), or null when nothing stands against it.
    /// </summary>
    public static string? RefusalFor(IReadOnlyList<TeamMember> members, long? actingUserId, TeamMember target, string? newRole)
    {
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(target);
        if (target.UserId == actingUserId)
        {
            return NotOnYourself;
        }

        var staysOwner = newRole == CustomerRoles.Owner;
        if (IsLastOwner(members, target) && !staysOwner)
        {
            return newRole is null
                ? $"{target.Name} is the team's last owner, so they cannot be removed. Make another member an owner first."
                : $"{target.Name} is the team's last owner, so their role cannot change. Make another member an owner first.";
        }

        return null;
    }

    /// <summary>Whether <paramref name="member"/> is an owner and no other member is.</summary>
    public static bool IsLastOwner(IReadOnlyList<TeamMember> members, TeamMember member)
    {
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(member);
        return member.Role == CustomerRoles.Owner
            && !members.Any(other => other.UserId != member.UserId && other.Role == CustomerRoles.Owner);
    }

    /// <summary>Whether Web offers any change of <paramref name="member"/> to <paramref name="actingUserId"/>.</summary>
    public static bool MayChange(IReadOnlyList<TeamMember> members, long? actingUserId, TeamMember member) =>
        RefusalFor(members, actingUserId, member, newRole: null) is null;

    /// <summary>The member <paramref name="userId"/> of <paramref name="members"/>; not found when they are not in the team.</summary>
    internal static TeamMember Find(IReadOnlyList<TeamMember> members, long userId) =>
        members.FirstOrDefault(member => member.UserId == userId) ?? throw new NotFoundException("member");

    /// <summary>Refuses with the rule's reason, before the Platform would.</summary>
    internal static void Enforce(IReadOnlyList<TeamMember> members, long? actingUserId, TeamMember target, string? newRole)
    {
        if (RefusalFor(members, actingUserId, target, newRole) is { } refusal)
        {
            throw new RequestRejectedException(refusal);
        }
    }
}
