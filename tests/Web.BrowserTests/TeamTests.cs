using Microsoft.Playwright;
using Portal.Web.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Portal.Web.BrowserTests;

/// <summary>
/// The team in Chromium against the demo backend: Dana, Riverside's owner, invites a member, changes their role and
/// removes them after the confirmation step; Sam, a viewer there, sees the same team without any action.
/// </summary>
[Collection(PortalStackCollection.Name)]
public sealed class TeamTests(PortalStackFixture stack)
{
    private const string TeamPage = "/t/tnt-riverside/team";

    [Fact]
    public async Task An_owner_invites_a_member_changes_their_role_and_removes_them_after_confirming()
    {
        var page = await stack.NewPageAsync(new BrowserNewContextOptions { StorageState = await stack.DanaStorageStateAsync() });
        try
        {
            // The demo keeps its members for the whole run: an address of its own keeps this test repeatable.
            var email = $"nia.reyes.{Guid.NewGuid():N}@example.com";
            await page.GotoAsync(TeamPage);
            await page.GetByLabel("Email address").FillAsync(email);
            await page.GetByLabel("First name (optional)").FillAsync("Nia");
            await page.GetByLabel("Last name (optional)").FillAsync("Reyes");
            await page.GetByLabel("Role", new() { Exact = true }).SelectOptionAsync("tech");
            await page.GetByRole(AriaRole.Button, new() { Name = "Invite" }).ClickAsync();

            var notice = page.Locator("main .notice");
            await Expect(notice).ToContainTextAsync($"Nia Reyes ({email}) was invited as Tech.");
            var row = page.Locator("main tbody tr", new() { HasText = email });
            await Expect(row.Locator("td").Nth(2)).ToHaveTextAsync("Tech");

            await page.GetByLabel("Role of Nia Reyes", new() { Exact = true }).SelectOptionAsync("billing");
            await page.GetByRole(AriaRole.Button, new() { Name = "Change role of Nia Reyes" }).ClickAsync();
            await Expect(notice).ToHaveTextAsync($"Nia Reyes ({email}) is now Billing.");
            await Expect(row.Locator("td").Nth(2)).ToHaveTextAsync("Billing");

            await page.GetByRole(AriaRole.Link, new() { Name = "Remove Nia Reyes" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Remove Nia Reyes?", Level = 1 })).ToBeVisibleAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Remove Nia Reyes" }).ClickAsync();

            await Expect(notice).ToContainTextAsync("The member was removed from the team.");
            await Expect(row).ToHaveCountAsync(0);
            await Expect(page.Locator("main tbody tr", new() { HasText = "Dana Whitfield (you)" })).ToContainTextAsync("You are the last owner, so your role cannot change");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task A_viewer_sees_the_team_without_any_action()
    {
        var page = await stack.NewPageAsync();
        try
        {
            await SignIn.AsAsync(page, SignIn.SamEmail, SignIn.SamPassword);
            await page.GotoAsync(TeamPage);

            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Team", Level = 1 })).ToBeVisibleAsync();
            await Expect(page.Locator("main tbody tr", new() { HasText = "Dana Whitfield" })).ToContainTextAsync("Owner");
            await Expect(page.Locator("main tbody tr", new() { HasText = "Sam Okafor (you)" })).ToContainTextAsync("Viewer");
            await Expect(page.Locator("main form")).ToHaveCountAsync(0);
            await Expect(page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Remove") })).ToHaveCountAsync(0);
            await Expect(page.Locator("main")).ToContainTextAsync("Only an owner can invite members, change their roles or remove them.");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
