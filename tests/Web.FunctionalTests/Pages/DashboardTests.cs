using System.Net;
using Portal.Application.Common.Exceptions;

namespace Portal.Web.FunctionalTests.Pages;

public sealed class DashboardTests
{
    [Fact]
    public async Task Every_card_shows_its_source()
    {
        using var app = new PortalApp();
        using var browser = await app.SignedInBrowser();

        var (response, html) = await browser.GetPageAsync("/t/tenant-1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-live-stat=\"patients-total\">10<", html, StringComparison.Ordinal);
        Assert.Contains("Grace Hopper was registered.", html, StringComparison.Ordinal);
        Assert.Contains("Insurance expiring", html, StringComparison.Ordinal);
        Assert.Contains("EUR&#xA0;242.00", html, StringComparison.Ordinal);
        Assert.Contains("EUR&#xA0;59.97", html, StringComparison.Ordinal);
        Assert.DoesNotContain("unavailable right now", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_source_that_is_down_marks_its_own_card_unavailable_and_the_others_still_show()
    {
        using var app = new PortalApp();
        app.Billing.Failure = new BackendUnavailableException("billing", "timeout");
        using var browser = await app.SignedInBrowser();

        var (response, html) = await browser.GetPageAsync("/t/tenant-1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The billing part is unavailable right now.", html, StringComparison.Ordinal);
        Assert.Contains("data-live-stat=\"patients-total\">10<", html, StringComparison.Ordinal);
        Assert.Contains("Grace Hopper was registered.", html, StringComparison.Ordinal);
        Assert.Contains("EUR&#xA0;59.97", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_practice_backend_down_marks_its_three_cards_and_the_platform_cards_still_show()
    {
        using var app = new PortalApp();
        app.Dashboard.Failure = new BackendUnavailableException("dashboard", "no responders");
        using var browser = await app.SignedInBrowser();

        var (response, html) = await browser.GetPageAsync("/t/tenant-1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The practice statistics part is unavailable right now.", html, StringComparison.Ordinal);
        Assert.Contains("The recent activity part is unavailable right now.", html, StringComparison.Ordinal);
        Assert.Contains("The alerts part is unavailable right now.", html, StringComparison.Ordinal);
        Assert.Contains("EUR&#xA0;242.00", html, StringComparison.Ordinal);
    }
}
