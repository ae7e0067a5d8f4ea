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
/// offered, and any refusal of the POST is shown here. The team page the reader came from (<c>?page=</c>, read as the
/// team reads it) is kept by the form, and the links back and the redirect return to it.
/// </summary>
public sealed class RemoveMemberModel(PortalPageServices services) : TeamPageModel(services)
{
    /// <summary>The member to remove; null once they are not in the team.</summary>
    public TeamMember? Member { get; private set; }

    /// <summary>Why this removal is not offered, or null when it is.</summary>
    public string? NotOffered { get; private set; }

    /// <summary>The team page the reader came from, with the page number in it when it is not the first.</summary>
    public string TeamLink => TeamModel.WithPage(Link("team"), TeamPage);

    /// <summary>The team page the reader came from: a number, so that it can only choose a page of the team.</summary>
    private int TeamPage => PageNumberIn(TeamModel.PageParameter);

    public string Purpose(long userId) => FormPurpose("team-remove", userId);

    /// <summary>Where the form posts: this page, keeping the team page the reader came from.</summary>
    public string FormAction(long userId) => TeamModel.WithPage(Link($"team/{userId}/remove"), TeamPage);

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
            // A page the shrunken team no longer has is sent on to its last page, the flag kept, by the team page itself.
            return Redirect(Link("team") + "?" + (TeamModel.PageQuery(TeamPage) is { } page ? page + "&" : null) + "removed=true");
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
