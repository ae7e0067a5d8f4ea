using System.Net;
using Portal.Domain.Common;
using Portal.Domain.Services;

namespace Portal.Web.FunctionalTests.Pages;

public sealed class ServiceTests
{
    [Fact]
    public async Task Services_filter_by_status()
    {
        using var app = new PortalApp();
        using var browser = await app.SignedInBrowser();

        var (response, html) = await browser.GetPageAsync("/t/tenant-1/services?status=suspended");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ServiceStatus.Suspended, app.Catalog.LastFilter?.Status);
        Assert.Contains("Web hosting svc-2", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Web hosting svc-1", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_status_and_cycle_Portal_does_not_know_are_shown_as_the_Platform_sent_them()
    {
        using var app = new PortalApp();
        app.Catalog.Add(new CustomerService(
            new ServiceId("31"), "Legacy mail", null, ServiceStatus.Unknown, BillingCycle.Unknown, new Money(1200, "JPY", 0), false, null, 0m)
        {
            StatusCode = "on_hold",
            BillingCycleCode = "biennial",
        });
        using var browser = await app.SignedInBrowser();

        var (_, html) = await browser.GetPageAsync("/t/tenant-1/services");

        Assert.Contains("<td>on_hold</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>biennial</td>", html, StringComparison.Ordinal);
        Assert.Contains("JPY&#xA0;1,200<", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">Unknown<", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_daily_history_usage_is_the_current_snapshot_with_its_alerts_and_no_chart_or_period_picker()
    {
        using var app = new PortalApp();
        app.Catalog.UsageAlerts = [new UsageAlert("warning", "Disk usage is above 80% of limit", "disk")];
        using var browser = await app.SignedInBrowser();

        var (response, html) = await browser.GetPageAsync("/t/tenant-1/services/svc-1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<caption id=\"current-usage-caption\">In use now</caption>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">Disk</th><td class=\"num\">12.5&#xA0;GB</td><td class=\"num\">50&#xA0;GB</td><td class=\"num\">25 %</td>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">Bandwidth</th><td class=\"num\">120.25&#xA0;GB</td><td class=\"num\">Unlimited</td><td class=\"num\">—</td>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">Email accounts</th><td class=\"num\">3</td><td class=\"num\">10</td>", html, StringComparison.Ordinal);
        Assert.Contains("<strong>Warning:</strong> Disk usage is above 80% of limit", html, StringComparison.Ordinal);
        Assert.Contains("no daily usage history", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<svg", html, StringComparison.Ordinal);
        Assert.DoesNotContain("aria-label=\"Usage period\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=csv", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("7d", UsagePeriod.Last7Days, 7)]
    [InlineData("90d", UsagePeriod.Last90Days, 90)]
    public async Task A_daily_history_is_an_accessible_inline_svg_with_a_table_of_the_same_numbers(string period, UsagePeriod expected, int days)
    {
        using var app = new PortalApp();
        app.Catalog.KeepsHistory = true;
        using var browser = await app.SignedInBrowser();

        var (response, html) = await browser.GetPageAsync("/t/tenant-1/services/svc-1?period=" + period);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, app.Catalog.LastPeriod);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.Contains("role=\"img\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"Usage period\"", html, StringComparison.Ordinal);
        Assert.Contains("<title id=\"usage-title\">Daily bandwidth over the last " + days + " days", html, StringComparison.Ordinal);
        Assert.Equal(days, html.Occurrences("<rect class=\"bar\""));
        Assert.Contains("<td class=\"num\">" + days + "&#xA0;GB</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_detail_shows_the_monthly_price_with_VAT_and_the_server()
    {
        using var app = new PortalApp();
        app.Catalog.Add(Samples.ServiceDetail("svc-1") with
        {
            MonthlyPrice = new Money(2999, "EUR"),
            MonthlyPriceWithVat = new Money(3629, "EUR"),
            ServerName = "web-03.example.net",
        });
        using var browser = await app.SignedInBrowser();

        var (_, html) = await browser.GetPageAsync("/t/tenant-1/services/svc-1");

        Assert.Contains("<dt>Per month</dt><dd><span class=\"money\">EUR&#xA0;29.99</span>, with VAT <span class=\"money\">EUR&#xA0;36.29</span></dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dt>Server</dt><dd>web-03.example.net</dd>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, "EUR&#xA0;59.97</dd>")]
    [InlineData(false, "EUR&#xA0;59.97<span class=\"qualifier\"> (if all are priced in EUR)</span></dd>")]
    public async Task The_dashboard_says_what_the_monthly_cost_adds_up_and_how_sure_its_currency_is(bool confirmed, string shown)
    {
        using var app = new PortalApp();
        app.Catalog.Summary = Samples.ServicesSummary() with { MonthlyCostCurrencyConfirmed = confirmed };
        app.Support.Summary = new Portal.Domain.Tickets.TicketsSummary(3, 2, 4);
        using var browser = await app.SignedInBrowser();

        var (_, html) = await browser.GetPageAsync("/t/tenant-1");

        Assert.Contains(">Monthly cost of active services, before VAT</a></dt><dd class=\"money\">" + shown, html, StringComparison.Ordinal);
        Assert.Contains("<dt>Open or in progress</dt><dd>3</dd><dd class=\"muted\"><a href=\"/t/tenant-1/tickets?status=open\">open</a> · <a href=\"/t/tenant-1/tickets?status=in_progress\">in progress</a></dd>", html, StringComparison.Ordinal);
        Assert.Contains(">Waiting on you</a></dt><dd>2</dd>", html, StringComparison.Ordinal);
        Assert.Contains(">Closed</a></dt><dd>4</dd>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(2, true)]
    public async Task The_dashboard_counts_services_past_their_expiry_only_when_there_are_some(int pastExpiry, bool shown)
    {
        using var app = new PortalApp();
        app.Catalog.Summary = new ServicesSummary(5, 3, 1, 1, pastExpiry, 1, new Money(5_997, "EUR"));
        using var browser = await app.SignedInBrowser();

        var (_, html) = await browser.GetPageAsync("/t/tenant-1");

        Assert.Equal(shown, html.Contains(">Past their expiry date</a></dt><dd>" + pastExpiry + "</dd>", StringComparison.Ordinal));
        Assert.Equal(shown, html.Contains("Past their expiry date", StringComparison.Ordinal));
    }
}
