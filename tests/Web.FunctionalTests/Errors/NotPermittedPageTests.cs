using System.Net;
using Portal.Application.Common.Exceptions;

namespace Portal.Web.FunctionalTests.Errors;

public sealed class NotPermittedPageTests
{
    [Fact]
    public async Task An_action_not_permitted_answers_the_403_page_with_its_reason()
    {
        using var app = new PortalApp();
        app.Support.Failure = new ActionNotPermittedException("The Platform does not allow this for your role: Owner role required for this action.");
        using var browser = await app.SignedInBrowser();

        var (response, html) = await browser.GetPageAsync("/t/tenant-1/tickets");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Not allowed for your role", html, StringComparison.Ordinal);
        Assert.Contains("The Platform does not allow this for your role: Owner role required for this action.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("ActionNotPermittedException", html, StringComparison.Ordinal);
    }
}
