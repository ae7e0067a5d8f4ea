using System.Net;
using Portal.Application.Common.Exceptions;

namespace Portal.Web.FunctionalTests.Identity;

/// <summary>
/// A sign-in ends without anything kept on the server: after the idle lifetime without a request, after the absolute
/// lifetime however busy the user is, and on sign-out, where the identity backend is asked to end the token, so a copied
/// cookie is refused too.
/// </summary>
public sealed class SignInLifetimeTests
{
    private static readonly TimeSpan Idle = TimeSpan.FromMinutes(30);
    private static readonly TimeSpan Absolute = TimeSpan.FromHours(12);

    [Fact]
    public async Task A_copied_cookie_is_refused_once_the_idle_lifetime_has_passed()
    {
        using var app = new PortalApp();
        var copy = await SignInCookiesOf(app);

        app.Clock.Advance(Idle - TimeSpan.FromMinutes(1));
        await AssertAcceptedAsync(app, copy);

        app.Clock.Advance(TimeSpan.FromMinutes(2));
        await AssertRefusedAsync(app, copy);
    }

    [Fact]
    public async Task Each_request_renews_the_idle_lifetime_but_not_the_absolute_one()
    {
        using var app = new PortalApp();
        var cookies = await SignInCookiesOf(app);
        var working = TimeSpan.Zero;
        while (working + TimeSpan.FromMinutes(20) < Absolute)
        {
            app.Clock.Advance(TimeSpan.FromMinutes(20));
            working += TimeSpan.FromMinutes(20);
            var page = await AssertAcceptedAsync(app, cookies);
            var renewed = SignInCookies(page);
            Assert.True(renewed.Length > 0, $"No renewed cookie after {working} of work.");
            cookies = renewed;
        }

        app.Clock.Advance(Absolute - working + TimeSpan.FromMinutes(1));
        await AssertRefusedAsync(app, cookies);
    }

    [Fact]
    public async Task The_idle_and_absolute_lifetimes_are_configurable()
    {
        using var app = new PortalApp(new Dictionary<string, string?>
        {
            ["SECRET_KEY"] = PortalApp.SecretKey,
            ["ENV"] = "development",
            ["SIGNIN_IDLE_LIFETIME"] = "00:05:00",
            ["SIGNIN_ABSOLUTE_LIFETIME"] = "00:08:00",
        });
        var cookies = await SignInCookiesOf(app);

        app.Clock.Advance(TimeSpan.FromMinutes(4));
        cookies = SignInCookies(await AssertAcceptedAsync(app, cookies));
        Assert.NotEmpty(cookies);
        app.Clock.Advance(TimeSpan.FromMinutes(4) + TimeSpan.FromSeconds(30));

        await AssertRefusedAsync(app, cookies);
    }

    [Fact]
    public async Task Signing_out_asks_the_backend_to_end_the_token_and_a_copied_cookie_is_refused()
    {
        using var app = new PortalApp();
        using var browser = app.Browser();
        var copy = SignInCookies(await browser.SignInAsync());
        var (_, tenants) = await browser.GetPageAsync("/tenants");

        var signedOut = await browser.PostFormAsync("/logout", [new("__csrf", Browser.CsrfToken(tenants, "/logout"))]);

        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Equal("/login?signedOut=true", signedOut.Headers.Location?.OriginalString);
        Assert.Equal([Samples.AdaToken], app.Identity.SignedOut);
        await AssertRefusedAsync(app, copy);
    }

    [Fact]
    public async Task Signing_out_completes_when_the_identity_backend_cannot_end_the_token()
    {
        using var app = new PortalApp();
        using var browser = await app.SignedInBrowser();
        var (_, tenants) = await browser.GetPageAsync("/tenants");
        app.Identity.Failure = new BackendUnavailableException("account", "no answer");

        var signedOut = await browser.PostFormAsync("/logout", [new("__csrf", Browser.CsrfToken(tenants, "/logout"))]);

        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Equal("/login?signedOut=true", signedOut.Headers.Location?.OriginalString);
        Assert.Contains(signedOut.Headers.GetValues("Set-Cookie"), c => c.StartsWith("portal_auth=;", StringComparison.Ordinal));
    }

    private static async Task<string> SignInCookiesOf(PortalApp app)
    {
        using var browser = app.Browser();
        return SignInCookies(await browser.SignInAsync());
    }

    /// <summary>The sign-in cookies an answer sets, as the Cookie header that replays them; empty when it sets none.</summary>
    private static string SignInCookies(HttpResponseMessage answer) =>
        answer.Headers.TryGetValues("Set-Cookie", out var values)
            ? string.Join("; ", values.Where(c => c.StartsWith("portal_auth", StringComparison.Ordinal)).Select(c => c[..c.IndexOf(';', StringComparison.Ordinal)]))
            : string.Empty;

    private static async Task<HttpResponseMessage> AssertAcceptedAsync(PortalApp app, string cookies)
    {
        var page = await app.GetWithCookiesAsync(cookies, "/tenants");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        return page;
    }

    private static async Task AssertRefusedAsync(PortalApp app, string cookies)
    {
        var page = await app.GetWithCookiesAsync(cookies, "/tenants");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/login", page.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }
}
