using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Portal.Domain.Team;
using Portal.Testing.Support;

namespace Portal.Web.FunctionalTests.Pages;

/// <summary>
/// The Platform sends a team whole: the team page shows 50 members at a time (<c>?page=</c>, read as every list reads it)
/// and says which of how many, while the rules and confirmations read every member.
/// </summary>
public sealed partial class TeamPagingTests
{
    private const string TeamPage = "/t/tenant-1/team";

    [Fact]
    public async Task A_team_of_123_shows_fifty_members_a_page_and_says_which()
    {
        using var app = WithBillingMembers(120);
        using var browser = await app.SignedInBrowser();

        var (first, firstHtml) = await browser.GetPageAsync(TeamPage);
        var (last, lastHtml) = await browser.GetPageAsync(TeamPage + "?page=3");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(50, firstHtml.Occurrences("@example.org</td>"));
        Assert.Contains("<td>member-000@example.org</td>", firstHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("member-050@example.org", firstHtml, StringComparison.Ordinal);
        Assert.Contains("<p class=\"muted\" id=\"team-count\">Showing members 1–50 of 123, by role, then email address.</p>", firstHtml, StringComparison.Ordinal);
        Assert.Contains("<nav class=\"pager\" aria-label=\"Pages of members\">", firstHtml, StringComparison.Ordinal);
        Assert.Contains("href=\"/t/tenant-1/team?page=2\" rel=\"next\"", firstHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, last.StatusCode);
        Assert.Contains("Showing members 101–123 of 123, by role, then email address.", lastHtml, StringComparison.Ordinal);
        Assert.Contains("<td>Linus Torvalds</td>", lastHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("rel=\"next\"", lastHtml, StringComparison.Ordinal);
    }

    /// <summary>A team of 3, and one of exactly 50: Linus, the viewer, sorts last.</summary>
    [Theory]
    [InlineData(0)]
    [InlineData(47)]
    public async Task A_team_that_fits_on_a_page_has_no_count_line_or_pager(int billingMembers)
    {
        using var app = WithBillingMembers(billingMembers);
        using var browser = await app.SignedInBrowser();

        var (_, html) = await browser.GetPageAsync(TeamPage);

        Assert.Equal(billingMembers, html.Occurrences("@example.org</td>"));
        Assert.Contains("<td>Grace Hopper</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>Linus Torvalds</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("team-count", html, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"pager\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_team_of_51_has_a_second_page_for_its_last_member()
    {
        using var app = WithBillingMembers(48);
        using var browser = await app.SignedInBrowser();

        var (_, firstHtml) = await browser.GetPageAsync(TeamPage);
        var (_, secondHtml) = await browser.GetPageAsync(TeamPage + "?page=2");

        Assert.Contains("<p class=\"muted\" id=\"team-count\">Showing members 1–50 of 51, by role, then email address.</p>", firstHtml, StringComparison.Ordinal);
        Assert.Contains("href=\"/t/tenant-1/team?page=2\" rel=\"next\"", firstHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("Linus Torvalds", firstHtml, StringComparison.Ordinal);
        Assert.Contains("<td>Linus Torvalds</td>", secondHtml, StringComparison.Ordinal);
        Assert.Equal(0, secondHtml.Occurrences("@example.org</td>"));
        Assert.DoesNotContain("rel=\"next\"", secondHtml, StringComparison.Ordinal);
    }

    /// <summary>The page's confirmation flags are kept, encoded, so a confirmation is not lost; what the page does not read is not.</summary>
    [Theory]
    [InlineData("?page=9", "?page=3")]
    [InlineData("?page=99999999999", "?page=3")]
    [InlineData("?page=4&invited=1", "?invited=1&page=3")]
    [InlineData("?emailSent=false&page=4&invited=1&utm=x", "?invited=1&emailSent=false&page=3")]
    [InlineData("?page=4&changed=1%26page%3D1&removed=", "?changed=1%26page%3D1&page=3")]
    public async Task A_page_past_the_end_is_sent_to_the_last(string query, string lastPage)
    {
        using var app = WithBillingMembers(120);
        using var browser = await app.SignedInBrowser();

        var response = await browser.GetAsync(TeamPage + query);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(TeamPage + lastPage, response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("?page=two")]
    [InlineData("?page=-1")]
    [InlineData("?page=0")]
    [InlineData("?page=")]
    public async Task A_page_that_is_not_a_page_number_is_the_first_as_in_every_list(string query)
    {
        using var app = WithBillingMembers(120);
        using var browser = await app.SignedInBrowser();

        var (response, html) = await browser.GetPageAsync(TeamPage + query);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Showing members 1–50 of 123", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_rules_read_the_whole_team_so_an_owner_beside_one_on_another_page_may_be_removed()
    {
        // 49 billing members and Ada fill page 1; Zoe, the other owner, opens page 2.
        using var app = WithBillingMembers(49);
        app.Team.Add(new TeamMember(7001, "zoe@example.com", "Zoe", "Zed", "owner", false, null));
        using var browser = await app.SignedInBrowser();

        var (_, html) = await browser.GetPageAsync(TeamPage + "?page=2");

        Assert.Contains("<td>Zoe Zed</td>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/t/tenant-1/team/7001/remove?page=2\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Last owner", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invitation_shows_the_page_that_holds_the_new_member()
    {
        using var app = WithBillingMembers(120);
        using var browser = await app.SignedInBrowser();

        var response = await browser.SubmitAsync(
            TeamPage, TeamPage, ("Email", "zz@example.com"), ("FirstName", "Zack"), ("LastName", "Last"), ("Role", "viewer"));
        var (_, html) = await browser.GetPageAsync(response.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Zack Last (zz@example.com) was invited as Viewer.", html, StringComparison.Ordinal);
        Assert.Contains("<td>Zack Last</td>", html, StringComparison.Ordinal);
        Assert.Contains("Showing members 101–124 of 124", html, StringComparison.Ordinal);
    }

    /// <summary>member-000, the first of page 1, becomes a viewer, and the Platform's order puts them last, on page 3.</summary>
    [Fact]
    public async Task The_confirmation_of_a_role_change_opens_on_the_members_new_page()
    {
        using var app = WithBillingMembers(120);
        using var browser = await app.SignedInBrowser();
        var (_, html) = await browser.GetPageAsync(TeamPage);
        var form = RoleForm(html, "");
        Assert.True(form.Success);
        Assert.Equal("6000", form.Groups["member"].Value);

        var response = await browser.PostFormAsync(TeamPage + "?handler=role", [
            new(PortalForms.CsrfField, WebUtility.HtmlDecode(form.Groups["token"].Value)),
            new("MemberUserId", form.Groups["member"].Value),
            new("NewRole", "viewer")]);
        var (_, confirmation) = await browser.GetPageAsync(response.Headers.Location!.OriginalString);

        Assert.Equal(TeamPage + "?changed=6000", response.Headers.Location.OriginalString);
        Assert.Contains("Member 000 (member-000@example.org) is now Viewer.", confirmation, StringComparison.Ordinal);
        Assert.Contains("<td>member-000@example.org</td>", confirmation, StringComparison.Ordinal);
        Assert.Contains("Showing members 101–123 of 123", confirmation, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_role_change_refused_on_the_second_page_comes_back_on_that_page()
    {
        using var app = WithBillingMembers(120);
        using var browser = await app.SignedInBrowser();
        var (_, html) = await browser.GetPageAsync(TeamPage + "?page=2");
        var form = RoleForm(html, "&amp;page=2");
        Assert.True(form.Success);
        app.Team.ChangeFailure = new Application.Common.Exceptions.RequestRejectedException("Not now.");

        var response = await browser.PostFormAsync(TeamPage + "?handler=role&page=2", [
            new(PortalForms.CsrfField, WebUtility.HtmlDecode(form.Groups["token"].Value)),
            new("MemberUserId", form.Groups["member"].Value),
            new("NewRole", "viewer")]);
        var answer = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Not now.", answer, StringComparison.Ordinal);
        Assert.Contains("Showing members 51–100 of 123", answer, StringComparison.Ordinal);
        Assert.Contains("action=\"/t/tenant-1/team?page=2\" class=\"form\"", answer, StringComparison.Ordinal);
    }

    /// <summary>member-100 opens page 3.</summary>
    [Fact]
    public async Task A_removal_from_the_third_page_leads_back_to_it_and_comes_back_to_it_confirmed()
    {
        using var app = WithBillingMembers(120);
        using var browser = await app.SignedInBrowser();
        var (_, teamHtml) = await browser.GetPageAsync(TeamPage + "?page=3");
        const string removal = TeamPage + "/6100/remove?page=3";

        var (_, confirmHtml) = await browser.GetPageAsync(removal);
        var response = await browser.SubmitAsync(removal, removal);
        var (_, html) = await browser.GetPageAsync(response.Headers.Location!.OriginalString);

        Assert.Contains($"href=\"{removal}\" aria-label=\"Remove Member 100\"", teamHtml, StringComparison.Ordinal);
        Assert.Contains("<p><a href=\"/t/tenant-1/team?page=3\">Back to the team</a></p>", confirmHtml, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/t/tenant-1/team?page=3\">Cancel</a>", confirmHtml, StringComparison.Ordinal);
        Assert.Equal(TeamPage + "?page=3&removed=true", response.Headers.Location.OriginalString);
        Assert.Equal([6100L], app.Team.Removed);
        Assert.Contains("The member was removed from the team.", html, StringComparison.Ordinal);
        Assert.Contains("Showing members 101–122 of 122", html, StringComparison.Ordinal);
    }

    /// <summary>The confirmation reads its page as the team does: only a page number is kept, never anything else.</summary>
    [Theory]
    [InlineData("?page=2", "?page=2")]
    [InlineData("?page=two", "")]
    [InlineData("?page=0", "")]
    [InlineData("?page=-1", "")]
    [InlineData("?page=", "")]
    [InlineData("?page=%2F%2Fevil.example", "")]
    public async Task The_removal_page_keeps_a_page_number_and_nothing_else(string query, string kept)
    {
        using var app = WithBillingMembers(120);
        using var browser = await app.SignedInBrowser();

        var (response, html) = await browser.GetPageAsync(TeamPage + "/6100/remove" + query);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"<p><a href=\"{TeamPage}{kept}\">Back to the team</a></p>", html, StringComparison.Ordinal);
        Assert.Contains($"<form method=\"post\" action=\"{TeamPage}/6100/remove{kept}\" class=\"form\">", html, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"{TeamPage}{kept}\">Cancel</a>", html, StringComparison.Ordinal);
    }

    /// <summary>
    /// A page the team does not have (made by hand, or the last page emptied by the removal) goes on to the last page,
    /// the confirmation kept. With 98 billing members Linus is alone on page 3.
    /// </summary>
    [Theory]
    [InlineData(120, 6100, "?page=999", "?removed=true&page=3", "Showing members 101–122 of 122")]
    [InlineData(98, Samples.LinusPlatformId, "?page=3", "?removed=true&page=2", "Showing members 51–100 of 100")]
    public async Task A_removal_for_a_page_past_the_end_comes_back_to_the_last_page_confirmed(
        int billingMembers, long userId, string query, string lastPage, string countLine)
    {
        using var app = WithBillingMembers(billingMembers);
        using var browser = await app.SignedInBrowser();
        var removal = $"{TeamPage}/{userId}/remove{query}";

        var response = await browser.SubmitAsync(removal, removal);
        var redirect = await browser.GetAsync(response.Headers.Location!.OriginalString);
        var (_, html) = await browser.GetPageAsync(redirect.Headers.Location!.OriginalString);

        Assert.Equal(TeamPage + query + "&removed=true", response.Headers.Location.OriginalString);
        Assert.Equal(TeamPage + lastPage, redirect.Headers.Location.OriginalString);
        Assert.Contains("The member was removed from the team.", html, StringComparison.Ordinal);
        Assert.Contains(countLine, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_removal_keeps_the_page_the_reader_came_from()
    {
        using var app = WithBillingMembers(120);
        app.Team.ChangeFailure = new Application.Common.Exceptions.RequestRejectedException("Cannot remove the last owner.");
        using var browser = await app.SignedInBrowser();
        const string removal = TeamPage + "/6100/remove?page=3";

        var response = await browser.SubmitAsync(removal, removal);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("role=\"alert\">Cannot remove the last owner.</p>", html, StringComparison.Ordinal);
        Assert.Contains("<p><a href=\"/t/tenant-1/team?page=3\">Back to the team</a></p>", html, StringComparison.Ordinal);
        Assert.Contains($"<form method=\"post\" action=\"{removal}\" class=\"form\">", html, StringComparison.Ordinal);
    }

    /// <summary>Ada (owner, on the Platform too), Grace (tech) and Linus (viewer), after <paramref name="count"/> billing members, who sort first.</summary>
    private static PortalApp WithBillingMembers(int count)
    {
        var app = new PortalApp();
        app.Sessions.Memberships[Samples.ClinicCustomer] = "owner";
        for (var i = 0; i < count; i++)
        {
            var number = i.ToString("000", CultureInfo.InvariantCulture);
            app.Team.Add(new TeamMember(6000 + i, $"member-{number}@example.org", "Member", number, "billing", false, null));
        }

        return app;
    }

    /// <summary>The first role form of the page, whose action carries <paramref name="pageQuery"/> after its handler.</summary>
    private static Match RoleForm(string html, string pageQuery) =>
        RoleForms().Matches(html).FirstOrDefault(form => form.Groups["page"].Value == pageQuery) ?? Match.Empty;

    [GeneratedRegex("""action="/t/tenant-1/team\?handler=role(?<page>[^"]*)" class="inline-form">\s*<input type="hidden" name="__csrf" value="(?<token>[^"]+)">\s*<input type="hidden" name="MemberUserId" value="(?<member>\d+)">""")]
    private static partial Regex RoleForms();
}
