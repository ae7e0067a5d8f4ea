using System.Net;
using System.Text.RegularExpressions;
using Portal.Application.Common.Exceptions;
using Portal.Application.Team;
using Portal.Testing.Support;

namespace Portal.Web.FunctionalTests.Pages;

/// <summary>
/// The team page and its removal confirmation over a fake team: what each role is offered, the invitation's messages
/// beside its fields, confirmations after each action, CSRF tokens bound to one member, and refusals on the page.
/// </summary>
public sealed partial class TeamTests
{
    private const string TeamPage = "/t/tenant-1/team";
    private const string RoleAction = TeamPage + "?handler=role";
    private static readonly string GraceRemoval = $"/t/tenant-1/team/{Samples.GracePlatformId}/remove";

    [Fact]
    public async Task An_owner_sees_the_members_and_may_change_everyone_but_themselves()
    {
        using var app = OwnedApp();
        using var browser = await app.SignedInBrowser();

        var (response, html) = await browser.GetPageAsync(TeamPage);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<td>Ada Lovelace (you)</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>Grace Hopper</td>", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"{GraceRemoval}\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/t/tenant-1/team/{Samples.LinusPlatformId}/remove\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"/team/{Samples.AdaPlatformId}/remove", html, StringComparison.Ordinal);
        Assert.Equal([Samples.GracePlatformId, Samples.LinusPlatformId], RoleFormMembers(html));
        Assert.Contains("You are the last owner, so your role cannot change", html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"invite-heading\">Invite a member</h2>", html, StringComparison.Ordinal);
        Assert.Contains("aria-current=\"page\">Team</a>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("viewer")]
    [InlineData("billing")]
    [InlineData(null)]
    public async Task Any_other_role_sees_the_members_without_any_action(string? role)
    {
        using var app = new PortalApp();
        if (role is not null)
        {
            app.Sessions.Memberships[Samples.ClinicCustomer] = role;
        }

        using var browser = await app.SignedInBrowser();

        var (response, html) = await browser.GetPageAsync(TeamPage);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<td>Grace Hopper</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("/remove\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("action=\"/t/tenant-1/team", html, StringComparison.Ordinal);
        Assert.Contains("Only an owner can invite members, change their roles or remove them.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_only_owner_reads_on_their_own_row_that_their_role_cannot_change_not_that_another_owner_can_change_it()
    {
        using var app = OwnedApp();
        using var browser = await app.SignedInBrowser();

        var (_, html) = await browser.GetPageAsync(TeamPage);

        Assert.Contains("You are the last owner, so your role cannot change: make another member an owner first.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Another owner can change your role.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_owner_beside_another_owner_reads_on_their_own_row_that_the_other_can_change_their_role()
    {
        using var app = OwnedApp();
        app.Team.Add(new(Samples.GracePlatformId, "grace@example.com", "Grace", "Hopper", "owner", false, null));
        using var browser = await app.SignedInBrowser();

        var (_, html) = await browser.GetPageAsync(TeamPage);

        Assert.Contains("Another owner can change your role.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("You are the last owner", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_last_owner_is_offered_no_change()
    {
        using var app = OwnedApp();
        app.Team.Add(new(Samples.AdaPlatformId, Samples.AdaEmail, "Ada", "Lovelace", "billing", true, null));
        app.Team.Add(new(Samples.GracePlatformId, "grace@example.com", "Grace", "Hopper", "owner", false, null));
        using var browser = await app.SignedInBrowser();

        var (_, html) = await browser.GetPageAsync(TeamPage);
        var (confirm, confirmHtml) = await browser.GetPageAsync(GraceRemoval);

        Assert.DoesNotContain($"href=\"{GraceRemoval}\"", html, StringComparison.Ordinal);
        Assert.Contains("Last owner: make another member an owner first.", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, confirm.StatusCode);
        Assert.Contains("Grace Hopper is the team&#x27;s last owner, so they cannot be removed.", confirmHtml, StringComparison.Ordinal);
        Assert.DoesNotContain($"action=\"{GraceRemoval}\"", confirmHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invitation_redirects_to_the_team_which_names_the_new_member()
    {
        using var app = OwnedApp();
        using var browser = await app.SignedInBrowser();

        var response = await browser.SubmitAsync(
            TeamPage, TeamPage, ("Email", "kim@example.com"), ("FirstName", "Kim"), ("LastName", "Novak"), ("Role", "tech"));
        var location = response.Headers.Location?.OriginalString;
        var (_, html) = await browser.GetPageAsync(location!);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Matches(@"^/t/tenant-1/team\?invited=\d+$", location);
        Assert.Contains("Kim Novak (kim@example.com) was invited as Tech. The Platform emailed them a link to set their password.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invitation_without_an_email_says_so()
    {
        using var app = OwnedApp();
        app.Team.SendsInviteEmail = false;
        using var browser = await app.SignedInBrowser();

        var response = await browser.SubmitAsync(TeamPage, TeamPage, ("Email", "kim@example.com"), ("Role", "viewer"));
        var (_, html) = await browser.GetPageAsync(response.Headers.Location!.OriginalString);

        Assert.EndsWith("&emailSent=false", response.Headers.Location.OriginalString, StringComparison.Ordinal);
        Assert.Contains("kim@example.com was invited as Viewer. The Platform sent no invitation email", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_invitation_is_answered_beside_its_fields_and_in_a_summary_atop_its_form_and_never_sent()
    {
        using var app = OwnedApp();
        using var browser = await app.SignedInBrowser();

        var response = await browser.SubmitAsync(TeamPage, TeamPage, ("Email", "not-an-address"), ("Role", "admin"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("id=\"Email-error\">Enter a valid email address, for example name@example.com.</p>", html, StringComparison.Ordinal);
        Assert.Contains("id=\"Role-error\">Choose a role: owner, billing, tech, viewer.</p>", html, StringComparison.Ordinal);
        Assert.Contains("value=\"not-an-address\"", html, StringComparison.Ordinal);
        Assert.Equal(
            [("Email", "Enter a valid email address, for example name@example.com."), ("Role", "Choose a role: owner, billing, tech, viewer.")],
            ErrorSummaryMarkup.Links(html, TeamPage));
        Assert.Empty(app.Team.Invited);
    }

    [Fact]
    public async Task The_Platforms_already_a_member_is_shown_beside_the_email()
    {
        using var app = OwnedApp();
        using var browser = await app.SignedInBrowser();

        var response = await browser.SubmitAsync(TeamPage, TeamPage, ("Email", "grace@example.com"), ("Role", "tech"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("id=\"Email-error\">This user is already a member of your organization.</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_role_change_redirects_to_the_team_which_says_the_new_role()
    {
        using var app = OwnedApp();
        using var browser = await app.SignedInBrowser();

        var response = await ChangeRoleAsync(browser, Samples.GracePlatformId, Samples.GracePlatformId, "billing");
        var (_, html) = await browser.GetPageAsync(response.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"{TeamPage}?changed={Samples.GracePlatformId}", response.Headers.Location.OriginalString);
        Assert.Contains("Grace Hopper (grace@example.com) is now Billing.", html, StringComparison.Ordinal);
        Assert.Equal([(Samples.GracePlatformId, "billing")], app.Team.RoleChanges);
    }

    [Fact]
    public async Task A_role_Portal_does_not_know_stays_selected_so_the_form_cannot_promote_by_accident()
    {
        using var app = OwnedApp();
        app.Team.Add(new(Samples.LinusPlatformId, "linus@example.com", "Linus", "Torvalds", "billing_admin", false, null));
        using var browser = await app.SignedInBrowser();

        var (_, html) = await browser.GetPageAsync(TeamPage);
        var select = Regex.Match(html, $"<select id=\"role-{Samples.LinusPlatformId}\"[^>]*>(?<options>.*?)</select>", RegexOptions.Singleline).Groups["options"].Value;

        Assert.Contains("<td>Billing admin</td>", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"\" selected disabled>Billing admin</option>", select, StringComparison.Ordinal);
        Assert.Equal(1, TextCounting.Occurrences(select, "selected"));
    }

    [Fact]
    public async Task A_role_forms_token_changes_no_other_member()
    {
        using var app = OwnedApp();
        using var browser = await app.SignedInBrowser();

        var response = await ChangeRoleAsync(browser, tokenOf: Samples.GracePlatformId, member: Samples.LinusPlatformId, role: "owner");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(app.Team.RoleChanges);
    }

    [Fact]
    public async Task A_role_change_the_Platform_refuses_is_shown_above_the_team()
    {
        using var app = OwnedApp();
        app.Team.ChangeFailure = new RequestRejectedException("Cannot remove the last owner. Assign another owner first.");
        using var browser = await app.SignedInBrowser();

        var response = await ChangeRoleAsync(browser, Samples.GracePlatformId, Samples.GracePlatformId, "viewer");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("role=\"alert\">Cannot remove the last owner. Assign another owner first.</p>", html, StringComparison.Ordinal);
        Assert.Contains("<td>Grace Hopper</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_removal_asks_first_and_its_confirmation_works_on_another_instance()
    {
        using var first = OwnedApp();
        using var second = new PortalApp();
        var cookie = await SignInCookieOf(first);

        var confirm = await first.GetWithCookiesAsync(cookie, GraceRemoval);
        var confirmHtml = await confirm.Content.ReadAsStringAsync();
        var removal = await PostWithCookiesAsync(second, cookie, GraceRemoval, PortalForms.CsrfToken(confirmHtml, GraceRemoval));
        var team = await second.GetWithCookiesAsync(cookie, removal.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.OK, confirm.StatusCode);
        Assert.Contains("<h1>Remove Grace Hopper?</h1>", confirmHtml, StringComparison.Ordinal);
        Assert.Empty(first.Team.Removed);
        Assert.Equal(HttpStatusCode.Redirect, removal.StatusCode);
        Assert.Equal(TeamPage + "?removed=true", removal.Headers.Location.OriginalString);
        Assert.Equal([Samples.GracePlatformId], second.Team.Removed);
        Assert.Contains("The member was removed from the team.", await team.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_removal_token_removes_no_other_member()
    {
        using var app = OwnedApp();
        using var browser = await app.SignedInBrowser();
        var (_, confirmHtml) = await browser.GetPageAsync(GraceRemoval);

        var response = await browser.PostFormAsync(
            $"/t/tenant-1/team/{Samples.LinusPlatformId}/remove",
            [new(PortalForms.CsrfField, PortalForms.CsrfToken(confirmHtml, GraceRemoval))]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(app.Team.Removed);
    }

    [Fact]
    public async Task Removing_yourself_is_explained_not_offered()
    {
        using var app = OwnedApp();
        using var browser = await app.SignedInBrowser();

        var (response, html) = await browser.GetPageAsync($"/t/tenant-1/team/{Samples.AdaPlatformId}/remove");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(TeamRules.NotOnYourself).Replace("&#39;", "&#x27;", StringComparison.Ordinal), html, StringComparison.Ordinal);
        Assert.DoesNotContain("<button type=\"submit\" class=\"button\">Remove", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_removal_the_Platform_refuses_is_shown_on_the_confirmation_page()
    {
        using var app = OwnedApp();
        app.Team.ChangeFailure = new RequestRejectedException("Cannot remove the last owner.");
        using var browser = await app.SignedInBrowser();

        var response = await browser.SubmitAsync(GraceRemoval, GraceRemoval);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("role=\"alert\">Cannot remove the last owner.</p>", html, StringComparison.Ordinal);
        Assert.Contains("<h1>Remove Grace Hopper?</h1>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_member_the_Platform_no_longer_finds_is_said_on_the_page()
    {
        using var app = OwnedApp();
        app.Team.ChangeFailure = new NotFoundException("member");
        using var browser = await app.SignedInBrowser();

        var response = await browser.SubmitAsync(GraceRemoval, GraceRemoval);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("That person is not a member of this team (any more).", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Someone_not_in_the_team_has_no_confirmation_page()
    {
        using var app = OwnedApp();
        using var browser = await app.SignedInBrowser();

        var response = await browser.GetAsync("/t/tenant-1/team/99/remove");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    /// <summary>Ada is the clinic's owner on the Platform.</summary>
    private static PortalApp OwnedApp()
    {
        var app = new PortalApp();
        app.Sessions.Memberships[Samples.ClinicCustomer] = "owner";
        return app;
    }

    /// <summary>Posts one member's role form with the token the team page gave the form of <paramref name="tokenOf"/>.</summary>
    private static async Task<HttpResponseMessage> ChangeRoleAsync(Browser browser, long tokenOf, long member, string role)
    {
        var (_, html) = await browser.GetPageAsync(TeamPage);
        var token = RoleForms().Matches(html).Single(m => m.Groups["member"].Value == tokenOf.ToString(System.Globalization.CultureInfo.InvariantCulture)).Groups["token"].Value;
        return await browser.PostFormAsync(RoleAction, [
            new(PortalForms.CsrfField, System.Net.WebUtility.HtmlDecode(token)),
            new("MemberUserId", member.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("NewRole", role)]);
    }

    private static List<long> RoleFormMembers(string html) =>
        [.. RoleForms().Matches(html).Select(m => long.Parse(m.Groups["member"].Value, System.Globalization.CultureInfo.InvariantCulture))];

    private static async Task<string> SignInCookieOf(PortalApp app)
    {
        using var browser = app.Browser();
        var response = await browser.SignInAsync();
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("portal_auth=", StringComparison.Ordinal));
        return cookie[..cookie.IndexOf(';', StringComparison.Ordinal)];
    }

    private static async Task<HttpResponseMessage> PostWithCookiesAsync(PortalApp app, string cookies, string url, string csrf)
    {
        using var client = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent([new(PortalForms.CsrfField, csrf)]) };
        request.Headers.Add("Cookie", cookies);
        var response = await client.SendAsync(request);
        await response.Content.LoadIntoBufferAsync();
        return response;
    }

    [GeneratedRegex("""action="/t/tenant-1/team\?handler=role" class="inline-form">\s*<input type="hidden" name="__csrf" value="(?<token>[^"]+)">\s*<input type="hidden" name="MemberUserId" value="(?<member>\d+)">""")]
    private static partial Regex RoleForms();
}
