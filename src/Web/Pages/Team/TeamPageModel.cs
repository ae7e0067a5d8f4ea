using Portal.Application.Common.Access;
using Portal.Application.Common.Exceptions;
using Portal.Application.Team.Commands.ChangeMemberRole;
using Portal.Application.Team.Commands.InviteMember;
using Portal.Application.Team.Commands.RemoveMember;
using Portal.Domain.Identity;
using Portal.Domain.Team;

namespace Portal.Web.Pages.Team;

/// <summary>
/// What the team's pages share: who is looking (their Platform user id and role, from the sign-in), whether their role
/// may change the team (<see cref="RoleRules"/>), and a submit that shows every refusal on the page — Portal's own rules,
/// the role check and the Platform's (<see cref="FormPageModel.SubmitAsync"/>), and a member who is no longer in the team.
/// </summary>
public abstract class TeamPageModel(PortalPageServices services) : TenantPageModel(services)
{
    /// <summary>The caller's own Platform user id: their row offers no change.</summary>
    public long? MyUserId => CurrentSignIn?.PlatformUserId;

    public bool MayInvite => RoleRules.Permits<InviteMemberCommand>(MyRole);

    public bool MayChangeRoles => RoleRules.Permits<ChangeMemberRoleCommand>(MyRole);

    public bool MayRemove => RoleRules.Permits<RemoveMemberCommand>(MyRole);

    /// <summary>Whether the caller's role may make any change to the team: the list then has a column for them.</summary>
    public bool MayManage => MayInvite || MayChangeRoles || MayRemove;

    /// <summary>The caller's role in this customer as the Platform last reported it (from the sign-in).</summary>
    private string? MyRole => CurrentSignIn?.PlatformRoleIn(TenantId);

    /// <summary>A role code in words ("Billing"); an empty one (the Platform sent none) as a dash.</summary>
    public static string RoleName(string role) => string.IsNullOrEmpty(role) ? "—" : Formatting.Display.Words(role);

    /// <summary>The roles a member can be given, as codes.</summary>
    public static IReadOnlyList<string> Roles => CustomerRoles.All;

    /// <summary>"Dana Whitfield (dana@example.com)", or the address alone for a member without a name.</summary>
    public static string Describe(TeamMember member)
    {
        ArgumentNullException.ThrowIfNull(member);
        return member.Name == member.Email ? member.Email : $"{member.Name} ({member.Email})";
    }

    /// <summary>
    /// <see cref="FormPageModel.SubmitAsync"/>, and also a member who is no longer in the team (404) shown above the form
    /// instead of the error page.
    /// </summary>
    protected async Task<T?> SubmitTeamChangeAsync<T>(Func<Task<T>> send)
        where T : class
    {
        try
        {
            return await SubmitAsync(send);
        }
        catch (NotFoundException missing) when (missing.What == "member")
        {
            Reject("That person is not a member of this team (any more). The list below is the team as it is now.", StatusCodes.Status404NotFound);
        }

        return null;
    }
}
