using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Portal.Web.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Portal.Web.BrowserTests;

/// <summary>A practice manager's visit end to end in a real browser, against the real stack.</summary>
[Collection(PortalStackCollection.Name)]
public sealed class CustomerJourneyTests(PortalStackFixture stack)
{
    [Fact]
    public async Task Practice_manager_works_through_patients_billing_and_support()
    {
        var page = await stack.NewPageAsync();
        try
        {
            await SignIn.AsAsync(page, SignIn.DanaEmail, SignIn.DanaPassword);
            await ChoosesHerPracticeAsync(page);
            await SeesTheDashboardAsync(page);
            await FindsAPatientAsync(page);
            await AddsAPatientAsync(page);
            await DownloadsAnInvoiceAsync(page);
            await RepliesToATicketAsync(page);
            await SignsOutAsync(page);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    private static async Task ChoosesHerPracticeAsync(IPage page)
    {
        var practices = page.Locator(".tenant-list > li");
        await Expect(practices).ToHaveCountAsync(2);
        await Expect(practices.Filter(new() { HasText = "Riverside Family Practice" }).Locator(".role")).ToHaveTextAsync("Owner");
        await Expect(practices.Filter(new() { HasText = "Harbor Pediatrics" }).Locator(".role")).ToHaveTextAsync("Billing");

        await page.GetByRole(AriaRole.Link, new() { Name = "Riverside Family Practice" }).ClickAsync();
    }

    private static async Task SeesTheDashboardAsync(IPage page)
    {
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dashboard", Exact = true })).ToBeVisibleAsync();
        foreach (var card in new[] { "Practice", "Recent activity", "Alerts", "Billing", "Support tickets", "Services" })
        {
            var region = page.GetByRole(AriaRole.Region, new() { Name = card, Exact = true });
            await Expect(region).ToBeVisibleAsync();
            await Expect(region.Locator(".unavailable")).ToHaveCountAsync(0);
        }

        await Expect(page.Locator("[data-live-stat=\"patients-total\"]")).ToHaveTextAsync(new Regex(@"^\d[\d,]*$"));
    }

    private static async Task FindsAPatientAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Patients" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Patients", Exact = true })).ToBeVisibleAsync();

        var rows = page.Locator("#patient-rows > tr");
        await Expect(rows.First).ToBeVisibleAsync();
        var name = (await rows.First.GetByRole(AriaRole.Link).TextContentAsync())!.Trim();
        var lastName = name.Split(' ')[^1];

        await page.GetByLabel("Search patients").FillAsync(lastName);
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("search=" + Regex.Escape(lastName)));
        await Expect(rows.Filter(new() { HasNotText = lastName })).ToHaveCountAsync(0);

        await rows.GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).First.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = name, Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Insurance policies" }).Locator("tbody tr").First).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Claims" }).Locator("tbody tr").First).ToBeVisibleAsync();
    }

    private static async Task AddsAPatientAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Back to patients" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Add patient" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Add patient" })).ToBeVisibleAsync();

        await page.GetByLabel("First name").FillAsync("Juniper");
        await page.GetByLabel("Last name").FillAsync("Okafor");
        await page.GetByLabel("Email address").FillAsync("not-an-email");
        await page.GetByLabel("Phone number").FillAsync("(503) 555-0142");
        await page.GetByLabel("Date of birth").FillAsync("1984-03-09");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add patient" }).ClickAsync();

        var email = page.GetByLabel("Email address");
        await Expect(email).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.Locator("#Email-error")).ToBeVisibleAsync();
        await Expect(email).ToHaveAttributeAsync("aria-describedby", "Email-error");
        await Expect(page.GetByLabel("First name")).ToHaveValueAsync("Juniper");
        await Expect(page.GetByLabel("Last name")).ToHaveValueAsync("Okafor");
        await Expect(page.GetByLabel("Phone number")).ToHaveValueAsync("(503) 555-0142");
        await Expect(page.GetByLabel("Date of birth")).ToHaveValueAsync("1984-03-09");
        await Expect(page.GetByLabel("First name")).Not.ToHaveAttributeAsync("aria-invalid", "true");

        await email.FillAsync("juniper.okafor@example.com");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add patient" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Juniper Okafor", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.Locator("main .notice")).ToHaveTextAsync("Patient Juniper Okafor added.");
        await Expect(page).ToHaveURLAsync(new Regex(@"/t/tnt-riverside/patients/[^/?]+\?added=true$"));
        await Expect(page.Locator(".details")).ToContainTextAsync("juniper.okafor@example.com");
    }

    private static async Task DownloadsAnInvoiceAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Billing" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Billing", Level = 1 })).ToBeVisibleAsync();

        var invoice = page.Locator("main table tbody tr").First.GetByRole(AriaRole.Link);
        var number = (await invoice.TextContentAsync())!.Trim();
        await invoice.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Invoice " + number })).ToBeVisibleAsync();

        var download = await page.RunAndWaitForDownloadAsync(
            () => page.GetByRole(AriaRole.Link, new() { Name = "Download PDF" }).ClickAsync());
        var path = await download.PathAsync();
        var bytes = await File.ReadAllBytesAsync(path);
        Assert.True(bytes.AsSpan().StartsWith("%PDF"u8), $"The download {download.SuggestedFilename} is not a PDF.");
    }

    private static async Task RepliesToATicketAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Support" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Support tickets" })).ToBeVisibleAsync();

        // A closed ticket takes no reply (the Platform refuses it), so the customer picks one that is still open.
        var ticket = page.Locator("main table tbody tr").Filter(new() { HasNotText = "Closed" }).First.GetByRole(AriaRole.Link);
        var title = (await ticket.TextContentAsync())!.Trim();
        await ticket.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = title, Level = 1 })).ToBeVisibleAsync();

        var reply = "Thanks, the new claim export works for us now. " + Guid.NewGuid().ToString("N")[..8];
        await page.GetByLabel("Your reply").FillAsync(reply);
        await page.GetByRole(AriaRole.Button, new() { Name = "Send reply" }).ClickAsync();
        await Expect(page.Locator("ol.comments > li").Filter(new() { HasText = reply })).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Your reply")).ToHaveValueAsync(string.Empty);
        // A reply can move the ticket to another status; the confirmation says which one it is in now.
        var status = (await page.Locator(".details div").Filter(new() { HasText = "Status" }).Locator("dd").TextContentAsync())!.Trim();
        await Expect(page.Locator("main .notice")).ToHaveTextAsync("Reply sent. The ticket is now " + status + ".");
    }

    private static async Task SignsOutAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.Locator("main .notice")).ToHaveTextAsync("You have signed out.");
    }

}
