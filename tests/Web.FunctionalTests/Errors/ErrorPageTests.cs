using System.Net;
using Portal.Application.Common.Exceptions;

namespace Portal.Web.FunctionalTests.Errors;

public sealed class ErrorPageTests
{
    [Fact]
    public async Task An_unavailable_backend_answers_503_with_a_retry_link()
    {
        using var app = new PortalApp();
        app.Support.Failure = new BackendUnavailableException("support", "no responders");
        using var browser = await app.SignedInBrowser();

        var (response, html) = await browser.GetPageAsync("/t/tenant-1/tickets?status=open");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("This part is unavailable", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/t/tenant-1/tickets?status=open\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_busy_backend_answers_503_with_Retry_After_and_says_when_to_try_again()
    {
        using var app = new PortalApp();
        app.Billing.Failure = new BackendBusyException("billing", TimeSpan.FromSeconds(17));
        using var browser = await app.SignedInBrowser();

        var (response, html) = await browser.GetPageAsync("/t/tenant-1/billing/invoices");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(17), response.Headers.RetryAfter?.Delta);
        Assert.Contains("The billing part is busy; try again in 17 s.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("sign in again", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unexpected_failure_answers_500_without_internals()
    {
        using var app = new PortalApp();
        app.Patients.Failure = new InvalidOperationException("connection string Server=secret-db;Password=hunter2");
        using var browser = await app.SignedInBrowser();

        var (response, html) = await browser.GetPageAsync("/t/tenant-1/patients");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("Something went wrong", html, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", html, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", html, StringComparison.Ordinal);
        Assert.DoesNotContain(" at Portal.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_identity_backend_that_is_down_answers_503_rather_than_signing_out()
    {
        using var app = new PortalApp();
        using var browser = await app.SignedInBrowser();
        app.Identity.Failure = new BackendUnavailableException("identity", "timeout");

        var response = await browser.GetAsync("/tenants");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }

    [Fact]
    public async Task A_page_that_does_not_exist_answers_the_404_page()
    {
        using var app = new PortalApp();
        using var browser = app.Browser();

        var (response, html) = await browser.GetPageAsync("/no/such/page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/error/200")]
    [InlineData("/error/0")]
    [InlineData("/error/302")]
    [InlineData("/error/999")]
    [InlineData("/error/500")]
    [InlineData("/error/503")]
    [InlineData("/error/429")]
    public async Task The_error_page_visited_by_hand_or_for_a_status_that_is_no_error_is_the_404_page(string path)
    {
        using var app = new PortalApp();
        using var browser = app.Browser();

        var (response, html) = await browser.GetPageAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_id_that_is_not_an_identifier_is_a_plain_404()
    {
        using var app = new PortalApp();
        using var browser = await app.SignedInBrowser();

        var response = await browser.GetAsync("/t/tenant-1/patients/" + Uri.EscapeDataString("../etc"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
