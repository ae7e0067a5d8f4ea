using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Portal.Web.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Portal.Web.BrowserTests;

/// <summary>
/// My account against the demo backend, as Sam (a viewer of Riverside): Dana's account stays as seeded for the other
/// tests, whose times follow the browser's zone.
/// </summary>
[Collection(PortalStackCollection.Name)]
public sealed class AccountTests(PortalStackFixture stack)
{
    private const string SamEmail = "sam.okafor@example.com";
    private const string SamPassword = "demo-password-4";

    [Fact]
    public async Task A_saved_time_zone_is_confirmed_and_every_time_is_then_shown_in_it_with_or_without_script()
    {
        var page = await stack.NewPageAsync(new BrowserNewContextOptions { TimezoneId = "Asia/Tokyo", Locale = "en-US" });
        IPage? noScript = null;
        try
        {
            await SignIn.AsAsync(page, SamEmail, SamPassword);
            await page.GetByRole(AriaRole.Link, new() { Name = "My account" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "My profile", Level = 1 })).ToBeVisibleAsync();
            await page.GetByLabel("Phone (optional)").FillAsync("+40 721 555 044");
            await page.GetByLabel("Time zone").SelectOptionAsync("America/New_York");
            await page.GetByRole(AriaRole.Button, new() { Name = "Save profile" }).ClickAsync();

            await Expect(page.Locator(".notice")).ToHaveTextAsync("Your profile was saved. Times are shown in America/New_York.");
            await Expect(page.GetByLabel("Phone (optional)")).ToHaveValueAsync("+40 721 555 044");

            // The language and marketing preference the Platform does not state were left so, and were not written.
            await Expect(page.GetByLabel("Language")).ToHaveValueAsync(string.Empty);
            await Expect(page.GetByRole(AriaRole.Group, new() { Name = "Marketing emails" }).GetByLabel("Not stated: leave it as the Platform has it")).ToBeCheckedAsync();

            // The Tokyo browser shows New York's time, as Sam chose.
            await page.GotoAsync("/t/tnt-riverside/billing/invoices");
            var created = page.Locator("main tbody tr").First.Locator("time[datetime$='Z']");
            await Expect(created).ToHaveTextAsync(new Regex("E[SD]T$"));

            noScript = await stack.NewPageAsync(new BrowserNewContextOptions
            {
                JavaScriptEnabled = false,
                StorageState = await page.Context.StorageStateAsync(),
            });
            await noScript.GotoAsync("/t/tnt-riverside/billing/invoices");
            await Expect(noScript.Locator("main tbody tr").First.Locator("time[datetime$='Z']")).ToHaveTextAsync(new Regex(", \\d{2}:\\d{2} UTC-[45]$"));
        }
        finally
        {
            await page.Context.CloseAsync();
            if (noScript is not null)
            {
                await noScript.Context.CloseAsync();
            }
        }
    }

    [Fact]
    public async Task A_requested_copy_of_the_data_is_confirmed_and_listed_as_pending()
    {
        var page = await stack.NewPageAsync();
        try
        {
            await SignIn.AsAsync(page, SamEmail, SamPassword);
            await page.GotoAsync("/account/privacy");
            await page.GetByRole(AriaRole.Button, new() { Name = "Request a copy of my data" }).ClickAsync();

            await Expect(page.Locator(".notice")).ToContainTextAsync("We received your request for a copy of your data.");
            await Expect(page).ToHaveURLAsync(new Regex("/account/privacy\\?requested=true$"));
            await Expect(page.Locator("main tbody tr").First.Locator(".status")).ToHaveTextAsync("Pending");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
