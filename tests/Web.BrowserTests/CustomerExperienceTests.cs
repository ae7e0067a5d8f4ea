using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Portal.Web.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Portal.Web.BrowserTests;

/// <summary>What a customer notices first (issue 14), in Chromium against the demo backend.</summary>
[Collection(PortalStackCollection.Name)]
public sealed class CustomerExperienceTests(PortalStackFixture stack)
{
    private const string Practice = "/t/tnt-riverside";

    [Fact]
    public async Task The_header_names_the_practice_and_role_and_switches_to_the_other_practice()
    {
        var page = await SignedInPageAsync(new BrowserNewContextOptions());
        try
        {
            await page.GotoAsync(Practice + "/patients");
            var header = page.Locator(".site-header");
            await Expect(header.Locator(".practice-name")).ToHaveTextAsync("Riverside Family Practice");
            await Expect(header.Locator(".practice-role")).ToHaveTextAsync(new Regex("Owner$"));

            await header.Locator(".switcher summary").ClickAsync();
            await header.GetByRole(AriaRole.Link, new() { Name = "Harbor Pediatrics" }).ClickAsync();

            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dashboard", Level = 1 })).ToBeVisibleAsync();
            await Expect(header.Locator(".practice-name")).ToHaveTextAsync("Harbor Pediatrics");
            await Expect(header.Locator(".practice-role")).ToHaveTextAsync(new Regex("Billing$"));
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Times_show_in_the_browsers_time_zone_and_stay_in_UTC_without_script()
    {
        var tokyo = await SignedInPageAsync(new BrowserNewContextOptions { TimezoneId = "Asia/Tokyo", Locale = "en-US" });
        var noScript = await SignedInPageAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        try
        {
            await tokyo.GotoAsync(Practice + "/billing/invoices");
            var created = tokyo.Locator("main tbody tr").First.Locator("time[datetime$='Z']");
            await Expect(created).ToHaveTextAsync(new Regex("GMT\\+9$"));
            await Expect(created).ToHaveAttributeAsync("title", new Regex("UTC$"));
            var due = tokyo.Locator("main tbody tr").Nth(1).Locator("time:not([datetime$='Z'])");
            await Expect(due).ToHaveTextAsync(new Regex(@"^[A-Z][a-z]{2} \d{1,2}, \d{4}$"));

            await noScript.GotoAsync(Practice + "/billing/invoices");
            await Expect(noScript.Locator("main tbody tr").First.Locator("time[datetime$='Z']")).ToHaveTextAsync(new Regex(", \\d{2}:\\d{2} UTC$"));
        }
        finally
        {
            await tokyo.Context.CloseAsync();
            await noScript.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task A_column_header_sorts_the_page_and_a_second_click_reverses_it()
    {
        var page = await SignedInPageAsync(new BrowserNewContextOptions());
        try
        {
            await page.GotoAsync(Practice + "/patients");
            var nameHeader = page.GetByRole(AriaRole.Columnheader, new() { Name = "Name" });

            await nameHeader.GetByRole(AriaRole.Link).ClickAsync();
            await Expect(nameHeader).ToHaveAttributeAsync("aria-sort", "ascending");
            var ascending = await NamesAsync(page);
            await nameHeader.GetByRole(AriaRole.Link).ClickAsync();
            await Expect(nameHeader).ToHaveAttributeAsync("aria-sort", "descending");
            var descending = await NamesAsync(page);

            Assert.Equal(ascending.OrderBy(LastThenFirst, StringComparer.CurrentCulture), ascending);
            Assert.Equal(ascending.Reverse(), descending);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task The_invoice_list_downloads_as_csv()
    {
        var page = await SignedInPageAsync(new BrowserNewContextOptions());
        try
        {
            await page.GotoAsync(Practice + "/billing/invoices?status=paid");
            var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download as CSV" }).ClickAsync());
            var text = Encoding.UTF8.GetString(await File.ReadAllBytesAsync(await download.PathAsync())).TrimStart('\uFEFF');

            Assert.Equal("invoices.csv", download.SuggestedFilename);
            var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal("\"Invoice\",\"Status\",\"Created\",\"Due\",\"Currency\",\"Total\",\"Amount due\"", lines[0]);
            Assert.True(lines.Length > 1, "The CSV has no invoices.");
            Assert.All(lines.Skip(1), line => Assert.Contains(",\"Paid\",", line, StringComparison.Ordinal));
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task An_alert_about_a_claim_opens_that_claim_and_an_alert_about_nothing_in_particular_is_plain_text()
    {
        var page = await SignedInPageAsync(new BrowserNewContextOptions());
        try
        {
            await page.GotoAsync(Practice);
            var alerts = page.Locator("#card-alerts");
            await Expect(alerts.Locator("li").Filter(new() { HasText = "Denied claims need review" }).GetByRole(AriaRole.Link)).ToHaveCountAsync(0);

            var claimAlert = alerts.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Claim (.+) was denied$") });
            var claimNumber = new Regex("^Claim (.+) was denied$").Match((await claimAlert.TextContentAsync())!).Groups[1].Value;
            await claimAlert.ClickAsync();

            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Claim " + claimNumber);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    private async Task<IPage> SignedInPageAsync(BrowserNewContextOptions options)
    {
        options.StorageState = await stack.DanaStorageStateAsync();
        return await stack.NewPageAsync(options);
    }

    private static async Task<string[]> NamesAsync(IPage page) =>
        (await page.Locator("#patient-rows > tr > td:nth-child(2)").AllTextContentsAsync()).Select(name => name.Trim()).ToArray();

    private static string LastThenFirst(string fullName) =>
        fullName[(fullName.LastIndexOf(' ') + 1)..] + " " + fullName[..fullName.LastIndexOf(' ')];
}
