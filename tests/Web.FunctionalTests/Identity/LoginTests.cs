using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using Portal.Web.Configuration;
using Portal.Web.Identity;
using Portal.Web.FunctionalTests.Modes;

namespace Portal.Web.FunctionalTests.Identity;

public sealed class LoginTests
{
    [Fact]
    public async Task Right_credentials_set_an_http_only_strict_cookie_and_open_the_practice_picker()
    {
        using var app = new PortalApp();
        using var browser = app.Browser();

        var response = await browser.SubmitAsync("/login", "/login", ("Email", Samples.AdaEmail), ("Password", Samples.AdaPassword));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/tenants", response.Headers.Location?.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("portal_auth=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Samples.AdaToken, cookie, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_password_shows_an_inline_error_and_keeps_the_email_but_not_the_password()
    {
        using var app = new PortalApp();
        using var browser = app.Browser();

        var response = await browser.SubmitAsync("/login", "/login", ("Email", Samples.AdaEmail), ("Password", "wrong-password-123"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("The email address or password is not right.", html, StringComparison.Ordinal);
        Assert.Contains($"value=\"{Samples.AdaEmail}\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong-password-123", html, StringComparison.Ordinal);
        Assert.DoesNotContain(response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], c => c.StartsWith("portal_auth=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Malformed_email_is_answered_beside_the_field()
    {
        using var app = new PortalApp();
        using var browser = app.Browser();

        var response = await browser.SubmitAsync("/login", "/login", ("Email", "not-an-email"), ("Password", "x"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("id=\"Email-error\"", html, StringComparison.Ordinal);
        Assert.Contains("Enter a valid email address", html, StringComparison.Ordinal);
        Assert.Contains("value=\"not-an-email\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_without_a_csrf_token_is_refused()
    {
        using var app = new PortalApp();
        using var browser = app.Browser();
        await browser.GetPageAsync("/login");

        var response = await browser.PostFormAsync("/login", [new("Email", Samples.AdaEmail), new("Password", Samples.AdaPassword)]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("The form was not accepted", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_form_that_cannot_be_decoded_is_a_400_that_says_so_not_that_it_was_too_large()
    {
        using var app = new PortalApp();
        using var browser = app.Browser();
        var (_, html) = await browser.GetPageAsync("/login");

        var response = await browser.PostFormAsync(
            "/login", [new("__csrf", Browser.CsrfToken(html, "/login")), new("Email", "ada\0@example.com"), new("Password", Samples.AdaPassword)]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("The form could not be read", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(app.Logs.Errors);
    }

    [Fact]
    public async Task Login_with_a_token_from_another_browser_is_refused()
    {
        using var app = new PortalApp();
        using var attacker = app.Browser();
        using var victim = app.Browser();
        var (_, attackerPage) = await attacker.GetPageAsync("/login");
        await victim.GetPageAsync("/login");

        var response = await victim.PostFormAsync(
            "/login",
            [new("__csrf", Browser.CsrfToken(attackerPage, "/login")), new("Email", Samples.AdaEmail), new("Password", Samples.AdaPassword)]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("/t/tenant-1/patients", "/t/tenant-1/patients")]
    [InlineData("//evil.example/x", "/tenants")]
    [InlineData("https://evil.example/", "/tenants")]
    [InlineData("/\\evil.example", "/tenants")]
    [InlineData("/t/tenant-1/patients?search=Jos%C3%A9", "/t/tenant-1/patients?search=Jos%C3%A9")]
    [InlineData("/é", "/tenants")]
    [InlineData("/t/tenant-1/\u2028", "/tenants")]
    public async Task Only_a_local_return_url_is_followed(string returnUrl, string expected)
    {
        using var app = new PortalApp();
        using var browser = app.Browser();
        var (_, html) = await browser.GetPageAsync("/login");

        var response = await browser.PostFormAsync(
            "/login",
            [new("__csrf", Browser.CsrfToken(html, "/login")), new("Email", Samples.AdaEmail), new("Password", Samples.AdaPassword), new("returnUrl", returnUrl)]);

        Assert.Equal(expected, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_page_without_a_sign_in_sends_to_login_with_the_page_to_return_to()
    {
        using var app = new PortalApp();
        using var browser = app.Browser();

        var response = await browser.GetAsync("/t/tenant-1/patients?search=ada");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/login?returnUrl=" + Uri.EscapeDataString("/t/tenant-1/patients?search=ada"), response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("tampered", "http://localhost", "/tenants")]
    [InlineData("tampered", "http://localhost", "/t/tenant-1/billing")]
    [InlineData("tampered", "http://localhost", "/")]
    [InlineData("tampered", "https://localhost", "/t/tenant-1/patients")]
    [InlineData("of another key", "http://localhost", "/t/tenant-1/billing")]
    [InlineData("of another key", "https://localhost", "/tenants")]
    [InlineData("past its lifetimes", "http://localhost", "/t/tenant-1/billing")]
    [InlineData("past its lifetimes", "https://localhost", "/tenants")]
    [InlineData("signed only, as version 3 wrote it", "http://localhost", "/t/tenant-1/billing")]
    [InlineData("signed only, as version 3 wrote it", "https://localhost", "/tenants")]
    public async Task A_cookie_that_does_not_read_is_refused_and_deleted_as_it_was_set(string spoilt, string origin, string url)
    {
        using var app = new PortalApp();
        var (set, cookie) = await SpoiltSignInAsync(app, spoilt, origin);

        using var stranger = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false, BaseAddress = new Uri(origin) });
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Cookie", cookie);
        var response = await stranger.SendAsync(request);

        // The /t/… billing page reads the sign-in in its Platform link filter first, then in the page: one deletion all the same.
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/login", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(Deletion(set), Assert.Single(response.Headers.GetValues("Set-Cookie")));
    }

    /// <summary>The first page after the sign-in issues the cookie again, with the practices; nothing deletes it on the way.</summary>
    [Theory]
    [InlineData("http://localhost", "/tenants")]
    [InlineData("http://localhost", "/t/tenant-1/billing")]
    [InlineData("https://localhost", "/t/tenant-1/patients")]
    public async Task A_cookie_that_reads_is_not_deleted(string origin, string url)
    {
        using var app = new PortalApp();
        using var browser = new Browser(app.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri(origin) }));
        await browser.SignInAsync();

        var first = await browser.GetAsync(url);
        app.Clock.Advance(TimeSpan.FromMinutes(5));
        var renewed = await browser.GetAsync(url);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, renewed.StatusCode));
        var setCookies = first.Headers.Concat(renewed.Headers).Where(header => header.Key == "Set-Cookie").SelectMany(header => header.Value).ToList();
        Assert.Contains(setCookies, c => c.Contains("portal_auth=", StringComparison.Ordinal));
        Assert.DoesNotContain(setCookies, c => c.Contains("1970", StringComparison.Ordinal) || c.Contains("max-age=0", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_token_the_backend_no_longer_accepts_clears_the_cookie_and_sends_to_login()
    {
        using var app = new PortalApp();
        using var browser = await app.SignedInBrowser();
        app.Identity.Revoke(Samples.AdaToken);

        var response = await browser.GetAsync("/t/tenant-1");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/login?returnUrl=" + Uri.EscapeDataString("/t/tenant-1"), response.Headers.Location?.OriginalString);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("portal_auth=;", StringComparison.Ordinal));
    }

    /// <summary>
    /// A request that sends a great many <c>portal_auth.…</c> cookies gets a bounded answer: clearing every one at once
    /// would make its headers larger than a proxy takes (1,600 cookies made 167 KB of Set-Cookie). The rest go with the
    /// next answers, so the browser is clean after a few requests.
    /// </summary>
    [Fact]
    public async Task Many_stray_chunk_cookies_are_cleared_a_bounded_number_at_a_time()
    {
        using var app = new PortalApp();
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var stray = Enumerable.Range(1, 200).Select(index => "portal_auth." + index).ToList();
        var cleared = new HashSet<string>(StringComparer.Ordinal);

        for (var request = 0; request < 200 && cleared.Count < stray.Count; request++)
        {
            using var message = new HttpRequestMessage(HttpMethod.Get, new Uri("/t/tenant-1", UriKind.Relative));
            message.Headers.Add("Cookie", "portal_auth=spoilt; " + string.Join("; ", stray.Where(name => !cleared.Contains(name)).Select(name => name + "=x")));
            using var response = await client.SendAsync(message);

            var deleted = response.Headers.GetValues("Set-Cookie").Select(header => header[..header.IndexOf('=', StringComparison.Ordinal)]).ToList();
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.InRange(deleted.Count, 1, SignInCookie.MostCookiesClearedAtOnce);
            cleared.UnionWith(deleted);
        }

        Assert.Superset(stray.ToHashSet(StringComparer.Ordinal), cleared);
    }

    [Fact]
    public async Task Logout_needs_its_csrf_token_and_then_forgets_the_sign_in()
    {
        using var app = new PortalApp();
        using var browser = await app.SignedInBrowser();

        var refused = await browser.PostFormAsync("/logout", []);
        var accepted = await browser.SubmitAsync("/tenants", "/logout");
        var afterwards = await browser.GetAsync("/tenants");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal("/login?signedOut=true", accepted.Headers.Location?.OriginalString);
        Assert.StartsWith("/login", afterwards.Headers.Location?.OriginalString, StringComparison.Ordinal);
        var (_, signedOut) = await browser.GetPageAsync("/login?signedOut=true");
        Assert.Contains("You have signed out.", signedOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_logout_post_without_a_sign_in_clears_only_a_cookie_the_browser_sent()
    {
        using var app = new PortalApp();
        using var browser = app.Browser();

        // A cross-site form: the SameSite=Strict cookie stays behind, and the answer must not delete it.
        var crossSite = await browser.PostFormAsync("/logout", []);
        using var stale = new HttpRequestMessage(HttpMethod.Post, new Uri("/logout", UriKind.Relative)) { Content = new FormUrlEncodedContent([]) };
        stale.Headers.Add("Cookie", "portal_auth=no-longer-readable");
        var withStaleCookie = await browser.Client.SendAsync(stale);
        using var leftOverChunk = new HttpRequestMessage(HttpMethod.Post, new Uri("/logout", UriKind.Relative)) { Content = new FormUrlEncodedContent([]) };
        leftOverChunk.Headers.Add("Cookie", "portal_auth.1=left-over");
        var withLeftOverChunk = await browser.Client.SendAsync(leftOverChunk);

        Assert.Equal(HttpStatusCode.Redirect, crossSite.StatusCode);
        Assert.Equal("/login", crossSite.Headers.Location?.OriginalString);
        Assert.False(crossSite.Headers.Contains("Set-Cookie"), "The sign-in cookie was touched.");
        Assert.Equal(HttpStatusCode.Redirect, withStaleCookie.StatusCode);
        Assert.Contains(withStaleCookie.Headers.GetValues("Set-Cookie"), c => c.StartsWith("portal_auth=;", StringComparison.Ordinal));
        Assert.Contains(withLeftOverChunk.Headers.GetValues("Set-Cookie"), c => c.StartsWith("portal_auth.1=;", StringComparison.Ordinal));
    }

    /// <summary>
    /// Signs in at <paramref name="origin"/>; answers the sign-in cookie's Set-Cookie and a Cookie header carrying it
    /// <paramref name="spoilt"/>: with its payload changed, as an instance of another SECRET_KEY sealed it, once
    /// <paramref name="app"/>'s clock is past its absolute lifetime, or its payload as version 3 (the same SECRET_KEY)
    /// signed it without sealing.
    /// </summary>
    private static async Task<(string Set, string Cookie)> SpoiltSignInAsync(PortalApp app, string spoilt, string origin)
    {
        using var signer = spoilt == "of another key"
            ? new PortalApp(new Dictionary<string, string?> { ["SECRET_KEY"] = "another-secret-key-with-enough-characters-0001", ["ENV"] = "development" })
            : null;
        using var browser = new Browser((signer ?? app).CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri(origin) }));
        var login = await browser.SignInAsync();
        var set = login.Headers.GetValues("Set-Cookie").Single(c => c.Contains("portal_auth=", StringComparison.Ordinal));
        var cookie = set[..set.IndexOf(';', StringComparison.Ordinal)];
        var name = cookie[..cookie.IndexOf('=', StringComparison.Ordinal)];
        var value = cookie[(name.Length + 1)..];
        switch (spoilt)
        {
            case "tampered":
                return (set, name + "=" + (value[0] == 'A' ? 'B' : 'A') + value[1..]);
            case "of another key":
                return (set, cookie);
            case "past its lifetimes":
                app.Clock.Advance(WebOptions.DefaultSignInAbsoluteLifetime + TimeSpan.FromMinutes(1));
                return (set, cookie);
            case "signed only, as version 3 wrote it":
                var payload = Assert.IsType<JsonObject>(JsonNode.Parse(SignInPayload.Open(SignInPayload.Key(app), value)));
                payload["Version"] = 3;
                return (set, SignInPayload.SignedOnly(PortalApp.SecretKey, payload, name));
            default:
                throw new ArgumentOutOfRangeException(nameof(spoilt), spoilt, "No such spoilt cookie.");
        }
    }

    /// <summary>The Set-Cookie that deletes the cookie <paramref name="set"/> set: no value, an expiry in 1970, its attributes.</summary>
    private static string Deletion(string set) =>
        set[..(set.IndexOf('=', StringComparison.Ordinal) + 1)] + "; expires=Thu, 01 Jan 1970 00:00:00 GMT" + set[set.IndexOf(';', StringComparison.Ordinal)..];
}
