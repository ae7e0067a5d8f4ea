using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Portal.Application.Team;
using Portal.Application.Team.Commands.ChangeMemberRole;
using Portal.Application.Team.Commands.InviteMember;
using Portal.Application.Team.Queries.ListTeamMembers;
using Portal.Domain.Identity;
using Portal.Domain.Team;
using Portal.Web.Identity;

namespace Portal.Web.Pages.Team;

/// <summary>
/// The customer's team: every role sees the members and their roles; an owner also invites, changes roles (the
/// <c>role</c> handler) and reaches each member's removal page. No change is offered on the owner's own row or on the
/// last owner's. Each action redirects back here with a flag the page words from the fresh list (post-redirect-get).
/// The Platform sends the team whole: the page shows <see cref="MembersPerPage"/> of them at a time (<c>?page=</c>), while
/// the rules and the confirmations read every member.
/// </summary>
public sealed class TeamModel(PortalPageServices services) : TeamPageModel(services)
{
    /// <summary>The most members the page shows at once.</summary>
    public const int MembersPerPage = 50;

    /// <summary>The query parameter of the page shown; the removal page carries it too, to come back to that page.</summary>
    internal const string PageParameter = "page";

    private static readonly PagedSection MemberPages = new(PageParameter, MembersPerPage, "member", "members", new RowOrder("by role, then email address"));

    /// <summary>The confirmations' flags, kept when an address past the last page is sent to it.</summary>
    private static readonly string[] Confirmations = ["invited", "emailSent", "changed", "removed"];

    private PagedSections? pages;

    /// <summary>Bound to the tenant, as every form of a practice is: a token of one practice's team is no other's.</summary>
    public string InvitePurpose => FormPurpose("team-invite");

    /// <summary>Every member, as the Platform listed them.</summary>
    public IReadOnlyList<TeamMember> Members { get; private set; } = [];

    /// <summary>The members on the page shown.</summary>
    public SectionRows<TeamMember>? MemberRows { get; private set; }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? FirstName { get; set; }

    [BindProperty]
    public string? LastName { get; set; }

    [BindProperty]
    public string? Role { get; set; } = CustomerRoles.Viewer;

    /// <summary>The member a role change is for (the <c>role</c> handler's form).</summary>
    [BindProperty]
    public long MemberUserId { get; set; }

    /// <summary>The role a role change gives (the <c>role</c> handler's form).</summary>
    [BindProperty]
    public string? NewRole { get; set; }

    /// <summary>Set by the redirect after an invitation: the new member's user id.</summary>
    [BindProperty(SupportsGet = true)]
    public long? Invited { get; set; }

    /// <summary>Set to false by that redirect when the Platform sent no invitation e-mail.</summary>
    [BindProperty(SupportsGet = true)]
    public bool EmailSent { get; set; } = true;

    /// <summary>Set by the redirect after a role change: the member's user id.</summary>
    [BindProperty(SupportsGet = true)]
    public long? Changed { get; set; }

    /// <summary>Set by the redirect after a removal.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Removed { get; set; }

    protected override IReadOnlyDictionary<string, string> BackendFieldNames { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["email"] = nameof(Email),
        ["first_name"] = nameof(FirstName),
        ["last_name"] = nameof(LastName),
        ["role"] = nameof(Role),
    };

    /// <summary>The page of members shown, once cut.</summary>
    private int ShownPage => MemberRows?.Rows.Number ?? 1;

    /// <summary>The CSRF purpose of one member's role form: a token for one member changes no other.</summary>
    public string RolePurpose(long memberUserId) => FormPurpose("team-role", memberUserId);

    /// <summary>Whether this caller is offered any change of <paramref name="member"/>.</summary>
    public bool MayChange(TeamMember member) => (MayChangeRoles || MayRemove) && TeamRules.MayChange(Members, MyUserId, member);

    public bool IsLastOwner(TeamMember member) => TeamRules.IsLastOwner(Members, member);

    /// <summary>The address a form of the page posts to: the page shown stays shown when the form comes back with a message.</summary>
    public string FormAction(string? handler = null)
    {
        var query = new List<string>(2);
        if (handler is not null)
        {
            query.Add("handler=" + handler);
        }

        if (PageQuery(ShownPage) is { } page)
        {
            query.Add(page);
        }

        return query.Count == 0 ? Link("team") : Link("team") + "?" + string.Join("&", query);
    }

    /// <summary>The address of <paramref name="member"/>'s removal page, carrying the page shown so that it leads back to it.</summary>
    public string RemovalLink(TeamMember member)
    {
        ArgumentNullException.ThrowIfNull(member);
        return WithPage(Link($"team/{member.UserId}/remove"), ShownPage);
    }

    /// <summary><paramref name="address"/> naming <paramref name="page"/> of the team in its query, unless it is the first.</summary>
    internal static string WithPage(string address, int page) => PageQuery(page) is { } query ? address + "?" + query : address;

    /// <summary>The query part naming <paramref name="page"/> of the team (<c>page=3</c>), or null for the first page, which needs none.</summary>
    internal static string? PageQuery(int page) =>
        page > 1 ? string.Create(CultureInfo.InvariantCulture, $"{PageParameter}={page}") : null;

    public Task<IActionResult> OnGetAsync() => SignedInAsync(async signIn =>
    {
        await LoadAsync(signIn);
        if (pages!.PastTheEnd is { } lastPage)
        {
            return Redirect(lastPage);
        }

        Notice = NoticeFromFlags();
        return Page();
    });

    public Task<IActionResult> OnPostAsync() => SignedInPostAsync(InvitePurpose, async signIn =>
    {
        var invitation = await SubmitTeamChangeAsync(() => Mediator.Send(
            new InviteMemberCommand(AccessFor(signIn), Email ?? string.Empty, FirstName ?? string.Empty, LastName ?? string.Empty, Role ?? string.Empty),
            Aborted));
        if (invitation is not null)
        {
            return Redirect(Link("team") + $"?invited={invitation.UserId}" + (invitation.InviteEmailSent ? null : "&emailSent=false"));
        }

        return await ShowFormAgainAsync(() => LoadAsync(signIn));
    });

    public Task<IActionResult> OnPostRoleAsync() => SignedInPostAsync(RolePurpose(MemberUserId), async signIn =>
    {
        var before = await SubmitTeamChangeAsync(() => Mediator.Send(
            new ChangeMemberRoleCommand(AccessFor(signIn), MemberUserId, NewRole ?? string.Empty), Aborted));
        if (before is not null)
        {
            return Redirect(Link("team") + $"?changed={before.UserId}");
        }

        if (Rejection is null)
        {
            // A validator's messages are about the row's form, not the invitation's fields: they go above the list.
            var messages = ModelState.Values.SelectMany(entry => entry.Errors).Select(error => error.ErrorMessage).ToArray();
            ModelState.Clear();
            Reject(string.Join(" ", messages), StatusCodes.Status400BadRequest);
        }

        return await ShowFormAgainAsync(() => LoadAsync(signIn));
    });

    private async Task LoadAsync(PortalSignIn signIn)
    {
        Members = await Mediator.Send(new ListTeamMembersQuery(AccessFor(signIn)), Aborted);
        pages = new PagedSections(Link("team"), AskedPage, QueryValues(Confirmations), MemberPages);
        MemberRows = pages.Cut(MemberPages, Members);
    }

    /// <summary>
    /// The page asked for; without one, the page of the member a confirmation is about (invited, or given a new role, which
    /// moves them in the Platform's order), so that the reader sees the row it speaks of.
    /// </summary>
    private int AskedPage(string parameter)
    {
        if (QueryValue(parameter) is null && (Invited ?? Changed) is { } flagged)
        {
            for (var index = 0; index < Members.Count; index++)
            {
                if (Members[index].UserId == flagged)
                {
                    return (index / MembersPerPage) + 1;
                }
            }
        }

        return PageNumberIn(parameter);
    }

    /// <summary>The confirmation, worded from the list just read: a forged flag can only say something true.</summary>
    private string? NoticeFromFlags()
    {
        if (Invited is { } invited && Members.FirstOrDefault(m => m.UserId == invited) is { } newcomer)
        {
            return $"{Describe(newcomer)} was invited as {RoleName(newcomer.Role)}. " + (EmailSent
                ? "The Platform emailed them a link to set their password."
                : "The Platform sent no invitation email, so let them know yourself; they set a password with the Platform's password reset.");
        }

        if (Changed is { } changed && Members.FirstOrDefault(m => m.UserId == changed) is { } member)
        {
            return $"{Describe(member)} is now {RoleName(member.Role)}.";
        }

        return Removed
            ? "The member was removed from the team. If they are signed in, Portal notices within 10 minutes; the Platform refuses their calls for this customer at once."
            : null;
    }
}
