using Portal.Adapters.Http.Accounts;
using Portal.Adapters.Http.Platform;
using Portal.Adapters.Http.Team.Dtos;
using Portal.Domain.Team;

namespace Portal.Adapters.Http.Team;

/// <summary>
/// The Platform's team answers as Domain values. A member's user id is what every action names; a missing name, role or
/// join date degrades that one value.
/// </summary>
internal static class TeamMapper
{
    /// <summary>
    /// The members; a null row, and one whose user id is no positive integer (no action could name it), is left out
    /// rather than failing the list, as an address without a usable id is.
    /// </summary>
    public static IReadOnlyList<TeamMember> ToMembers(List<TeamMemberDto?>? users) =>
        PageMapping.NumberedItems(users, "users", user => user.UserId, ToMember);

    public static MemberInvitation ToInvitation(TeamAnswer answer) =>
        new(AccountsMapper.ToPlatformId(answer.UserId, "user_id"), answer.InviteEmailSent ?? false);

    private static TeamMember ToMember(TeamMemberDto user, long userId) => new(
        userId,
        user.Email?.Trim() ?? string.Empty,
        user.FirstName?.Trim() ?? string.Empty,
        user.LastName?.Trim() ?? string.Empty,
        user.Role?.Trim() ?? string.Empty,
        user.IsPrimary ?? false,
        WireValues.TryInstant(user.CreatedAt));
}
