using Portal.Adapters.Http.Accounts;
using Portal.Adapters.Http.Platform;
using Portal.Adapters.Http.Team.Dtos;
using Portal.Domain.Team;

namespace Portal.Adapters.Http.Team;

/// <summary>
/// The Platform's team answers as Domain values. A member's user id is required (every action names it); a missing
/// name, role or join date degrades that one value.
/// </summary>
internal static class TeamMapper
{
    /// <summary>The members; a null row is left out (it names no one to show or act on) rather than failing the list.</summary>
    public static IReadOnlyList<TeamMember> ToMembers(List<TeamMemberDto?>? users) =>
        PageMapping.Items(users?.FindAll(user => user is not null), "users", ToMember);

    public static MemberInvitation ToInvitation(TeamAnswer answer) =>
        new(AccountsMapper.ToPlatformId(answer.UserId, "user_id"), answer.InviteEmailSent ?? false);

    private static TeamMember ToMember(TeamMemberDto user) => new(
        AccountsMapper.ToPlatformId(user.UserId, "users[].user_id"),
        user.Email?.Trim() ?? string.Empty,
        user.FirstName?.Trim() ?? string.Empty,
        user.LastName?.Trim() ?? string.Empty,
        user.Role?.Trim() ?? string.Empty,
        user.IsPrimary ?? false,
        WireValues.TryInstant(user.CreatedAt));
}
