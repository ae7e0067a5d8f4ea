using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Portal.Web.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Portal.Web.BrowserTests;

/// <summary>The billing documents list, proforma PDFs, other plans and the auto-renew switch, in a real browser against the demo.</summary>
[Collection(PortalStackCollection.Name)]
public sealed class BillingDocumentsAndServicesTests(PortalStackFixture stack)
{
    private const string Practice = "/t/tnt-riverside";

    [Fact]
    public async Task An_owner_finds_a_proforma_among_the_documents_and_downloads_its_pdf()
    {
        var page = await stack.NewPageAsync();
        try
        {
            await SignIn.AsAsync(page, SignIn.DanaEmail, SignIn.DanaPassword);
            await page.GotoAsync(Practice + "/billing");
            await page.GetByRole(AriaRole.Navigation, new() { Name = "Billing" }).GetByRole(AriaRole.Link, new() { Name = "Documents" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Billing documents", Level = 1 })).ToBeVisibleAsync();
            await Expect(page.Locator(".document-counts")).ToContainTextAsync("whatever the filters");

            await page.GetByLabel("Type").SelectOptionAsync("proforma");
            await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("type=proforma"));
            var rows = page.Locator("main table tbody tr");
            await Expect(rows.First).ToBeVisibleAsync();
            await Expect(rows.Filter(new() { HasNotText = "Proforma" })).ToHaveCountAsync(0);

            var number = (await rows.First.GetByRole(AriaRole.Link).First.TextContentAsync())!.Trim();
            await page.GetByLabel("Search").FillAsync(number);
            await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
            await Expect(rows).ToHaveCountAsync(1);

            await rows.GetByRole(AriaRole.Link, new() { Name = number, Exact = true }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Proforma " + number })).ToBeVisibleAsync();
            var download = await page.RunAndWaitForDownloadAsync(
                () => page.GetByRole(AriaRole.Link, new() { Name = "Download PDF" }).ClickAsync());
            var bytes = await File.ReadAllBytesAsync(await download.PathAsync());
            Assert.True(bytes.AsSpan().StartsWith("%PDF"u8), $"The download {download.SuggestedFilename} is not a PDF.");
            Assert.Equal($"proforma_{number}.pdf", download.SuggestedFilename);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task An_owner_sees_the_other_plans_and_switches_auto_renew_off_and_on_again()
    {
        var page = await stack.NewPageAsync();
        try
        {
            await SignIn.AsAsync(page, SignIn.DanaEmail, SignIn.DanaPassword);
            await page.GotoAsync(Practice + "/services");
            await page.Locator("main table tbody").GetByRole(AriaRole.Link, new() { Name = "Business Hosting Plus", Exact = true }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Business Hosting Plus", Level = 1 })).ToBeVisibleAsync();

            var plans = page.GetByRole(AriaRole.Region, new() { Name = "Other plans" });
            await Expect(plans.GetByRole(AriaRole.Rowheader, new() { Name = "Business Hosting Starter" })).ToBeVisibleAsync();
            await Expect(plans.Locator("tbody tr").Filter(new() { HasText = "Business Hosting Starter" })).ToContainTextAsync("Not offered");
            await Expect(plans.GetByText("Managed VPS")).ToHaveCountAsync(0);

            await page.GetByRole(AriaRole.Button, new() { Name = "Turn auto-renew off" }).ClickAsync();
            await Expect(page.Locator("main .notice")).ToContainTextAsync("Auto-renew is now off");
            await Expect(page.Locator("#auto-renew-state")).ToHaveTextAsync("Off");

            await page.GetByRole(AriaRole.Button, new() { Name = "Turn auto-renew on" }).ClickAsync();
            await Expect(page.Locator("main .notice")).ToContainTextAsync("Auto-renew is now on");
            await Expect(page.Locator("#auto-renew-state")).ToHaveTextAsync("On");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task A_refusal_above_a_form_below_a_phones_first_screen_is_focused_and_scrolled_to()
    {
        var page = await stack.NewPageAsync(new BrowserNewContextOptions
        {
            StorageState = await stack.DanaStorageStateAsync(),
            ViewportSize = new ViewportSize { Width = 375, Height = 900 },
        });
        try
        {
            await page.GotoAsync(Practice + "/services");
            await page.Locator("main table tbody").GetByRole(AriaRole.Link, new() { Name = "Business Hosting Plus", Exact = true }).ClickAsync();

            // The demo Platform refuses no switch the page offers; a value the form does not offer is refused as one, in a
            // paragraph above the form that names no field, so no error summary.
            await page.Locator("main form input[name=AutoRenew]").EvaluateAsync("input => input.value = 'maybe'");
            await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Turn auto-renew") }).ClickAsync();

            var refusal = page.GetByRole(AriaRole.Region, new() { Name = "Auto-renew" }).Locator(".form-error");
            await Expect(refusal).ToContainTextAsync("The form held a value it does not offer, so nothing was saved.");
            await Expect(refusal).ToBeFocusedAsync();
            await Expect(refusal).ToBeInViewportAsync();
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task A_tech_member_sees_the_plans_but_is_not_offered_the_switch()
    {
        var page = await stack.NewPageAsync();
        try
        {
            await SignIn.AsAsync(page, SignIn.MarcoEmail, SignIn.MarcoPassword, landsOn: "Dashboard");
            await page.GotoAsync("/t/tnt-summit/services");
            await page.Locator("main table tbody").GetByRole(AriaRole.Link, new() { Name = "Business Hosting Plus", Exact = true }).ClickAsync();

            await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Other plans" }).Locator("tbody tr").First).ToBeVisibleAsync();
            await Expect(page.GetByText("Only the owner or a billing member of this customer can change auto-renew.")).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("auto-renew") })).ToHaveCountAsync(0);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
