using System.Globalization;
using System.Net;

namespace Portal.Web.FunctionalTests.Security;

/// <summary>
/// The login POST is limited per client address and per e-mail address; past a limit the answer is 429 with
/// Retry-After and a page saying when to try again. The client address is the connection's, or what a trusted proxy
/// forwarded, never a header from anyone else.
/// </summary>
public sealed class LoginThrottleTests
{
    private const string WrongPassword = "not-the-password";

    [Fact]
    public async Task Attempts_from_one_address_are_limited_and_another_address_is_not_held_up()
    {
        using var app = Limited(perAddress: 3, perEmail: 1000);
        using var attacker = app.BrowserFrom(IPAddress.Parse("203.0.113.5"));
        for (var attempt = 0; attempt < 3; attempt++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await TryAsync(attacker, $"user{attempt}@example.com")).StatusCode);
        }

        await AssertThrottledAsync(await TryAsync(attacker, "someone-else@example.com"));

        using var neighbour = app.BrowserFrom(IPAddress.Parse("203.0.113.6"));
        Assert.Equal(HttpStatusCode.Redirect, (await TryAsync(neighbour, Samples.AdaEmail, Samples.AdaPassword)).StatusCode);
    }

    [Fact]
    public async Task Attempts_for_one_email_address_are_limited_from_every_address_however_it_is_written()
    {
        using var app = Limited(perAddress: 1000, perEmail: 2);
        using (var first = app.BrowserFrom(IPAddress.Parse("198.51.100.1")))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await TryAsync(first, Samples.AdaEmail)).StatusCode);
        }

        using (var second = app.BrowserFrom(IPAddress.Parse("2001:db8::1")))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await TryAsync(second, "  " + Samples.AdaEmail.ToUpperInvariant() + " ")).StatusCode);
        }

        using var third = app.BrowserFrom(IPAddress.Parse("192.0.2.77"));
        await AssertThrottledAsync(await TryAsync(third, Samples.AdaEmail, Samples.AdaPassword));
        Assert.Equal(HttpStatusCode.Unauthorized, (await TryAsync(third, "another@example.com")).StatusCode);
    }

    [Fact]
    public async Task A_trusted_proxy_names_the_client_and_anyone_else_cannot()
    {
        using var app = Limited(perAddress: 2, perEmail: 1000, ("FORWARDED_FOR_PROXIES", "10.0.0.0/24"));

        using var proxy = app.BrowserFrom(IPAddress.Parse("10.0.0.1"));
        proxy.Client.DefaultRequestHeaders.Add("X-Forwarded-For", "198.51.100.1");
        Assert.Equal(HttpStatusCode.Unauthorized, (await TryAsync(proxy, "a@example.com")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await TryAsync(proxy, "b@example.com")).StatusCode);
        await AssertThrottledAsync(await TryAsync(proxy, "c@example.com"));
        proxy.Client.DefaultRequestHeaders.Remove("X-Forwarded-For");
        proxy.Client.DefaultRequestHeaders.Add("X-Forwarded-For", "198.51.100.2");
        Assert.Equal(HttpStatusCode.Unauthorized, (await TryAsync(proxy, "d@example.com")).StatusCode);

        using var untrusted = app.BrowserFrom(IPAddress.Parse("192.0.2.9"));
        for (var attempt = 0; attempt < 3; attempt++)
        {
            untrusted.Client.DefaultRequestHeaders.Remove("X-Forwarded-For");
            untrusted.Client.DefaultRequestHeaders.Add("X-Forwarded-For", $"203.0.113.{attempt + 1}");
            var answer = await TryAsync(untrusted, $"spoof{attempt}@example.com");
            Assert.Equal(attempt < 2 ? HttpStatusCode.Unauthorized : HttpStatusCode.TooManyRequests, answer.StatusCode);
        }
    }

    [Fact]
    public async Task Without_trusted_proxies_forwarded_headers_change_nothing()
    {
        using var app = new PortalApp();
        using var browser = app.BrowserFrom(IPAddress.Loopback);
        browser.Client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        browser.Client.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.9");

        var login = await browser.GetAsync("/login");

        var nonce = Assert.Single(login.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith("portal_login_nonce=", nonce, StringComparison.Ordinal);
        Assert.DoesNotContain("secure", nonce, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_login_form_older_than_its_lifetime_is_refused()
    {
        using var app = new PortalApp();
        using var browser = app.Browser();
        var (_, html) = await browser.GetPageAsync("/login");
        app.Clock.Advance(TimeSpan.FromMinutes(61));

        var answer = await browser.PostFormAsync(
            "/login",
            [new("__csrf", Browser.CsrfToken(html, "/login")), new("Email", Samples.AdaEmail), new("Password", Samples.AdaPassword)]);

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
    }

    private static PortalApp Limited(int perAddress, int perEmail, params (string Key, string Value)[] more)
    {
        var settings = new Dictionary<string, string?>
        {
            ["SECRET_KEY"] = PortalApp.SecretKey,
            ["ENV"] = "development",
            ["LOGIN_LIMIT_PER_ADDRESS"] = perAddress.ToString(CultureInfo.InvariantCulture),
            ["LOGIN_LIMIT_PER_EMAIL"] = perEmail.ToString(CultureInfo.InvariantCulture),
            ["LOGIN_LIMIT_WINDOW"] = "00:05:00",
        };
        foreach (var (key, value) in more)
        {
            settings[key] = value;
        }

        return new PortalApp(settings);
    }

    private static Task<HttpResponseMessage> TryAsync(Browser browser, string email, string password = WrongPassword) =>
        browser.SubmitAsync("/login", "/login", ("Email", email), ("Password", password));

    private static async Task AssertThrottledAsync(HttpResponseMessage answer)
    {
        var page = await answer.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.TooManyRequests, answer.StatusCode);
        var retryAfter = answer.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(5));
        Assert.Contains("Too many sign-in attempts", page, StringComparison.Ordinal);
        Assert.Contains("Please wait", page, StringComparison.Ordinal);
        Assert.Contains("then <a href=\"/login\">sign in again</a>", page, StringComparison.Ordinal);
    }
}
