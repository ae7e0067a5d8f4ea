using System.Net;

namespace Portal.Web.FunctionalTests.Pages;

/// <summary>
/// The Platform rate-limits each portal id as a whole (200 calls a minute, 100 in 10 s, shared by all its users), so each
/// Platform page makes only the Platform calls it needs. Every port call is one Platform request (a read that succeeds is
/// not retried).
/// </summary>
public sealed class PlatformCallsPerPageTests
{
    [Theory]
    [InlineData("/t/tenant-1/billing", 2)]
    [InlineData("/t/tenant-1/billing/invoices", 1)]
    [InlineData("/t/tenant-1/billing/invoices?status=overdue&page=1", 1)]
    [InlineData("/t/tenant-1/billing/invoices/INV-2026-0001", 1)]
    [InlineData("/t/tenant-1/billing/invoices/INV-2026-0001/pdf", 1)]
    [InlineData("/t/tenant-1/billing/proformas", 1)]
    [InlineData("/t/tenant-1/billing/proformas/PRO-1", 1)]
    [InlineData("/t/tenant-1/billing/proformas/PRO-1/pdf", 1)]
    [InlineData("/t/tenant-1/billing/documents", 1)]
    [InlineData("/t/tenant-1/billing/documents?type=proforma&status=sent&search=PRO", 1)]
    [InlineData("/t/tenant-1/services", 1)]
    [InlineData("/t/tenant-1/services/svc-1", 3)] // the service, its usage, and the public plan catalogue alongside
    [InlineData("/t/tenant-1/tickets", 1)]
    [InlineData("/t/tenant-1/tickets?status=open&priority=high&search=email", 1)]
    [InlineData("/t/tenant-1/tickets/tk-1", 1)]
    [InlineData("/t/tenant-1/tickets/new", 1)]
    public async Task A_platform_page_makes_as_many_platform_calls_as_it_needs(string page, int platformCalls)
    {
        using var app = new PortalApp();
        using var browser = await app.SignedInBrowser();
        var before = PlatformCalls(app);

        using var response = await browser.GetAsync(page);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(platformCalls, PlatformCalls(app) - before);
    }

    [Fact]
    public async Task The_dashboard_makes_one_call_per_platform_area()
    {
        using var app = new PortalApp();
        using var browser = await app.SignedInBrowser();
        var before = (app.Billing.Calls, app.Support.Calls, app.Catalog.Calls);

        using var response = await browser.GetAsync("/t/tenant-1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal((1, 1, 1), (app.Billing.Calls - before.Item1, app.Support.Calls - before.Item2, app.Catalog.Calls - before.Item3));
    }

    private static int PlatformCalls(PortalApp app) => app.Billing.Calls + app.Support.Calls + app.Catalog.Calls;
}
