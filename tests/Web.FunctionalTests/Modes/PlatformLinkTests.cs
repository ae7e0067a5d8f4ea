using System.Net;
using Portal.Domain.Identity;
using Portal.Web.Identity;

namespace Portal.Web.FunctionalTests.Modes;

/// <summary>
/// With both backends, the Platform links of the user (HTPI's <c>platform_user_id</c>) and of each tenant
/// (<c>settings.platform_customer_id</c>) travel in the sealed sign-in cookie; a tenant or user without its link has no
/// Platform areas, and its Platform addresses are the same 404 as a practice that is not the user's.
/// </summary>
public sealed class PlatformLinkTests
{
    [Fact]
    public async Task The_sign_in_cookie_carries_the_users_and_the_linked_tenants_Platform_ids()
    {
        using var app = new PortalApp();
        using var browser = app.Browser();

        var signedIn = IssuedSignIn.From(app, await browser.SignInAsync());

        Assert.NotNull(signedIn);
        Assert.Equal(Samples.AdaPlatformId, signedIn.PlatformUserId);
        Assert.False(signedIn.TenantsAreCustomers);
        Assert.Equal(
            new Dictionary<string, long> { ["tenant-1"] = Samples.ClinicCustomer, ["tenant-2"] = Samples.ClinicCustomer + 1 },
            signedIn.PlatformCustomers.OrderBy(link => link.Key, StringComparer.Ordinal).ToDictionary());
        Assert.Equal(app.Sessions.MembershipHash, signedIn.MembershipHash);
        Assert.Equal(app.Clock.GetUtcNow().ToUnixTimeSeconds(), signedIn.MembershipCheckedAt?.ToUnixTimeSeconds());
        Assert.Equal([Samples.AdaPlatformId], app.Sessions.Validations);

        await browser.GetAsync("/t/tenant-1/billing/invoices");
        Assert.Equal(new PlatformIdentity(Samples.AdaPlatformId, Samples.ClinicCustomer), app.Billing.LastScope?.Platform);
    }

    [Fact]
    public async Task An_unlinked_tenant_has_no_Platform_areas_and_its_Platform_addresses_are_not_found()
    {
        using var app = new PortalApp();
        app.Tenants.Regrant(Samples.Ada.Id, Samples.ClinicTenant(customer: null));
        using var browser = await app.SignedInBrowser();

        var (response, html) = await browser.GetPageAsync("/t/tenant-1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        BackendModesTests.AssertNavigation(html, "/t/tenant-1", patients: true, platform: false);
        BackendModesTests.AssertCards(html, htpi: true, platform: false);
        await AssertLikeAForeignPracticeAsync(browser, "tenant-1");
        Assert.Null(app.Billing.LastScope);
    }

    [Fact]
    public async Task A_user_without_a_Platform_id_has_no_Platform_areas_anywhere()
    {
        using var app = new PortalApp();
        app.Identity.Add(Samples.Ada with { PlatformUserId = null }, Samples.AdaToken, Samples.AdaPassword);
        using var browser = await app.SignedInBrowser();

        var (_, html) = await browser.GetPageAsync("/t/tenant-1");

        BackendModesTests.AssertNavigation(html, "/t/tenant-1", patients: true, platform: false);
        BackendModesTests.AssertCards(html, htpi: true, platform: false);
        await AssertLikeAForeignPracticeAsync(browser, "tenant-1");
        Assert.Empty(app.Sessions.Validations);
    }

    [Fact]
    public async Task Listing_the_tenants_re_issues_the_cookie_when_their_links_changed()
    {
        using var app = new PortalApp();
        using var browser = await app.SignedInBrowser();
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/t/tenant-1/billing")).StatusCode);

        var unchanged = await browser.GetAsync("/tenants");
        Assert.Null(IssuedSignIn.From(app, unchanged));

        app.Tenants.Regrant(Samples.Ada.Id, Samples.ClinicTenant(customer: null));
        var refreshed = IssuedSignIn.From(app, await browser.GetAsync("/tenants"));
        Assert.NotNull(refreshed);
        Assert.Null(refreshed.PlatformCustomerFor("tenant-1"));
        await AssertLikeAForeignPracticeAsync(browser, "tenant-1");

        // The practice header lists them too, once the practices the cookie carries are a minute old: a tenant linked
        // meanwhile gains its Platform areas from the next page on.
        app.Tenants.Regrant(Samples.Ada.Id, Samples.ClinicTenant(customer: 70));
        app.Clock.Advance(PortalSignIn.PracticesInterval);
        var (_, stale) = await browser.GetPageAsync("/t/tenant-2");
        Assert.Contains("href=\"/t/tenant-1\"", stale, StringComparison.Ordinal);
        var (_, html) = await browser.GetPageAsync("/t/tenant-1");
        BackendModesTests.AssertNavigation(html, "/t/tenant-1", patients: true, platform: true);
        await browser.GetAsync("/t/tenant-1/billing/invoices");
        Assert.Equal(new PlatformIdentity(Samples.AdaPlatformId, 70), app.Billing.LastScope?.Platform);
    }

    /// <summary>Each Platform page of <paramref name="tenant"/> answers exactly like that of a practice that is not the user's.</summary>
    private static async Task AssertLikeAForeignPracticeAsync(Browser browser, string tenant)
    {
        foreach (var path in new[] { "billing", "billing/invoices", "billing/invoices/INV-2026-0001", "billing/invoices/INV-2026-0001/pdf", "services", "tickets", "tickets/new" })
        {
            var (mine, mineHtml) = await browser.GetPageAsync($"/t/{tenant}/{path}");
            var (foreign, foreignHtml) = await browser.GetPageAsync($"/t/tenant-3/{path}");
            Assert.Equal(HttpStatusCode.NotFound, mine.StatusCode);
            Assert.Equal(foreign.StatusCode, mine.StatusCode);
            Assert.Equal(foreignHtml, mineHtml);
        }
    }
}
