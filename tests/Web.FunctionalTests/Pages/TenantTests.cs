using System.Net;

namespace Portal.Web.FunctionalTests.Pages;

public sealed class TenantTests
{
    [Fact]
    public async Task The_practice_picker_shows_the_users_role_in_each_practice()
    {
        using var app = new PortalApp();
        using var browser = await app.SignedInBrowser();

        var (response, html) = await browser.GetPageAsync("/tenants");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Springfield Clinic", html, StringComparison.Ordinal);
        Assert.Contains("<strong class=\"role\">Owner</strong>", html, StringComparison.Ordinal);
        Assert.Contains("Shelbyville Practice", html, StringComparison.Ordinal);
        Assert.Contains("<strong class=\"role\">Viewer</strong>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Capital City Care", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("/patients")]
    [InlineData("/billing/invoices")]
    public async Task Another_users_practice_answers_exactly_like_one_that_does_not_exist(string page)
    {
        using var app = new PortalApp();
        using var browser = await app.SignedInBrowser();

        var (othersResponse, othersHtml) = await browser.GetPageAsync("/t/tenant-3" + page);
        var (missingResponse, missingHtml) = await browser.GetPageAsync("/t/tenant-404" + page);

        Assert.Equal(HttpStatusCode.NotFound, othersResponse.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missingResponse.StatusCode);
        Assert.Equal(missingHtml, othersHtml);
    }
}
