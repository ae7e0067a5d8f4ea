using System.Net;
using Portal.Application.Common.Exceptions;

namespace Portal.Web.FunctionalTests.Identity;

/// <summary>
/// The identity backend (HTPI when it is configured, the Platform when it is alone) is the only authority on the sign-in.
/// When it accepts the token but a data backend refuses it, that part is unavailable and the user stays signed in; a
/// token the identity backend refuses still ends the sign-in.
/// </summary>
public sealed class IdentityAuthorityTests
{
    [Fact]
    public async Task A_page_whose_backend_refuses_an_accepted_token_is_unavailable_and_the_user_stays_signed_in()
    {
        using var app = new PortalApp();
        using var browser = await app.SignedInBrowser();
        app.Patients.Failure = new NotAuthenticatedException("The token is not valid here.");

        var (response, html) = await browser.GetPageAsync("/t/tenant-1/patients");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("This part is unavailable", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/t/tenant-1/patients\"", html, StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Set-Cookie"), "The sign-in cookie was touched.");
        app.Patients.Failure = null;
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/t/tenant-1/patients")).StatusCode);
    }

    [Fact]
    public async Task A_dashboard_source_that_refuses_an_accepted_token_marks_its_cards_unavailable()
    {
        using var app = new PortalApp();
        using var browser = await app.SignedInBrowser();

        // The first practice page re-issues the cookie with the practices for the header; the second must not touch it.
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/t/tenant-1")).StatusCode);
        app.Dashboard.Failure = new NotAuthenticatedException("The token is not valid here.");

        var (response, html) = await browser.GetPageAsync("/t/tenant-1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The practice statistics part is unavailable right now.", html, StringComparison.Ordinal);
        Assert.Contains("The recent activity part is unavailable right now.", html, StringComparison.Ordinal);
        Assert.Contains("EUR&#xA0;242.00", html, StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Set-Cookie"), "The sign-in cookie was touched.");
    }

    [Fact]
    public async Task A_live_stream_whose_feed_refuses_an_accepted_token_is_unavailable()
    {
        using var app = new PortalApp();
        using var browser = await app.SignedInBrowser();
        app.Events.Failure = new NotAuthenticatedException("The token is not valid here.");

        var response = await browser.GetAsync("/t/tenant-1/events");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"), "The sign-in cookie was touched.");
    }

    [Fact]
    public async Task A_token_the_identity_backend_refuses_still_ends_the_sign_in()
    {
        using var app = new PortalApp();
        using var browser = await app.SignedInBrowser();
        app.Patients.Failure = new NotAuthenticatedException("The token is not valid here.");
        app.Identity.Revoke(Samples.AdaToken);

        var response = await browser.GetAsync("/t/tenant-1/patients");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/login", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }
}
