using System.Net;
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

    [Theory]
    [InlineData("7d", UsagePeriod.Last7Days, 7)]
    [InlineData("90d", UsagePeriod.Last90Days, 90)]
    public async Task Usage_is_an_accessible_inline_svg_with_a_table_of_the_same_numbers(string period, UsagePeriod expected, int days)
    {
        using var app = new PortalApp();
        using var browser = await app.SignedInBrowser();

        var (response, html) = await browser.GetPageAsync("/t/tenant-1/services/svc-1?period=" + period);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, app.Catalog.LastPeriod);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.Contains("role=\"img\"", html, StringComparison.Ordinal);
        Assert.Contains("<title id=\"usage-title\">Daily bandwidth over the last " + days + " days", html, StringComparison.Ordinal);
        Assert.Equal(days, CountOf(html, "<rect class=\"bar\""));
        Assert.Contains("<td class=\"num\">" + days + "&#xA0;GB</td>", html, StringComparison.Ordinal);
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
