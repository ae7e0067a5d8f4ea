using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Portal.Web.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Portal.Web.BrowserTests;

/// <summary>
/// Portal in each of its modes against the demo backend: with the HTPI services only, with the Platform only (the
/// practices are its customers, with integer ids), and with both (the other browser tests). Each mode's navigation and
/// dashboard show exactly its areas, and the other areas' addresses are not found.
/// </summary>
[Collection(PortalStackCollection.Name)]
public sealed class BackendModesTests(PortalStackFixture stack)
{
    private static readonly string[] HtpiCards = ["Practice", "Recent activity", "Alerts"];
    private static readonly string[] PlatformCards = ["Billing", "Support tickets", "Services"];
    private static readonly string[] PlatformAreas = ["Billing", "Services", "Support"];

    [Fact]
    public async Task With_the_HTPI_services_alone_a_practice_has_patients_and_no_Platform_areas()
    {
        var page = await stack.NewPageAsync(new BrowserNewContextOptions { BaseURL = (await stack.HtpiOnlyPortalUrlAsync()).ToString() });
        try
        {
            await SignIn.AsAsync(page, SignIn.DanaEmail, SignIn.DanaPassword);
            await page.GetByRole(AriaRole.Link, new() { Name = "Riverside Family Practice" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dashboard", Exact = true })).ToBeVisibleAsync();

            var navigation = page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });
            await Expect(navigation.GetByRole(AriaRole.Link, new() { Name = "Patients" })).ToBeVisibleAsync();
            foreach (var area in PlatformAreas)
            {
                await Expect(navigation.GetByRole(AriaRole.Link, new() { Name = area, Exact = true })).ToHaveCountAsync(0);
            }

            await ExpectCardsAsync(page, present: HtpiCards, absent: PlatformCards);
            var dashboard = page.Url;
            var billing = await page.GotoAsync(dashboard.TrimEnd('/') + "/billing");
            Assert.Equal(404, billing!.Status);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task With_the_Platform_alone_the_practices_are_customers_with_billing_services_and_support_only()
    {
        var page = await stack.NewPageAsync(new BrowserNewContextOptions { BaseURL = (await stack.PlatformOnlyPortalUrlAsync()).ToString() });
        try
        {
            await SignIn.AsAsync(page, SignIn.DanaEmail, SignIn.DanaPassword);
            var practice = page.Locator(".tenant-list > li a.tenant-link").First;
            await Expect(practice).ToHaveAttributeAsync("href", new Regex(@"^/t/[1-9][0-9]*$"));
            await practice.ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dashboard", Exact = true })).ToBeVisibleAsync();

            var navigation = page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });
            await Expect(navigation.GetByRole(AriaRole.Link, new() { Name = "Patients" })).ToHaveCountAsync(0);
            foreach (var area in PlatformAreas)
            {
                await Expect(navigation.GetByRole(AriaRole.Link, new() { Name = area, Exact = true })).ToBeVisibleAsync();
            }

            await ExpectCardsAsync(page, present: PlatformCards, absent: HtpiCards);
            var dashboard = page.Url.TrimEnd('/');
            Assert.Equal(404, (await page.GotoAsync(dashboard + "/patients"))!.Status);

            await page.GotoAsync(dashboard + "/billing/invoices");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Invoices", Exact = true })).ToBeVisibleAsync();
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    private static async Task ExpectCardsAsync(IPage page, IEnumerable<string> present, IEnumerable<string> absent)
    {
        foreach (var card in present)
        {
            var region = page.GetByRole(AriaRole.Region, new() { Name = card, Exact = true });
            await Expect(region).ToBeVisibleAsync();
            await Expect(region.Locator(".unavailable")).ToHaveCountAsync(0);
        }

        foreach (var card in absent)
        {
            await Expect(page.GetByRole(AriaRole.Region, new() { Name = card, Exact = true })).ToHaveCountAsync(0);
        }
    }
}
