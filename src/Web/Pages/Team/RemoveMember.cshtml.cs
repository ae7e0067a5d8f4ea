using Microsoft.AspNetCore.Mvc;
using Portal.Application.Team;
using Portal.Application.Team.Commands.RemoveMember;
using Portal.Application.Team.Queries.GetTeamMember;
using Portal.Domain.Team;
using Portal.Web.Identity;

namespace Portal.Web.Pages.Team;

/// <summary>
/// The confirmation step of removing a member, without server state: the GET asks "Remove X?" with a form whose CSRF
/// token is bound to this member (<c>team-remove-{userId}</c>), so it removes no one else; its POST removes and
/// redirects to the team with a flag. A removal Portal's rules refuse (yourself, the last owner) is explained instead of
/// offered, and any refusal of the POST is shown here.
/// </summary>
public sealed class RemoveMemberModel(PortalPageServices services) : TeamPageModel(services)
{
    /// <summary>The member to remove; null once they are not in the team.</summary>
    public TeamMember? Member { get; private set; }

    /// <summary>Why this removal is not offered, or null when it is.</summary>
    public string? NotOffered { get; private set; }

    public string Purpose(long userId) => FormPurpose("team-remove", userId);

    public Task<IActionResult> OnGetAsync(long userId) => SignedInAsync(async signIn =>
    {
        await LoadAsync(signIn, userId);
        return Page();
    });

    public Task<IActionResult> OnPostAsync(long userId) => SignedInPostAsync(Purpose(userId), async signIn =>
    {
        var removed = await SubmitTeamChangeAsync(() => Mediator.Send(new RemoveMemberCommand(AccessFor(signIn), userId), Aborted));
        if (removed is not null)
        {
            return Redirect(Link("team") + "?removed=true");
        }

        // A member no longer in the team has nothing to load: the page says so alone.
        return await ShowFormAgainAsync(() => Response.StatusCode == StatusCodes.Status404NotFound ? Task.CompletedTask : LoadAsync(signIn, userId));
    });

    private async Task LoadAsync(PortalSignIn signIn, long userId)
    {
        var found = await Mediator.Send(new GetTeamMemberQuery(AccessFor(signIn), userId), Aborted);
        Member = found.Member;
        NotOffered = !MayRemove
            ? "Only an owner can remove members."
            : TeamRules.RefusalFor(found.Team, MyUserId, found.Member, newRole: null);
    }
}
