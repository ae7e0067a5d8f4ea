using System.Net;

namespace Portal.Web.FunctionalTests.Identity;

/// <summary>The sign-in lives only in the cookie: another instance with the same SECRET_KEY reads it, one with another key does not.</summary>
public sealed class StatelessSignInTests
{
    [Fact]
    public async Task Another_instance_with_the_same_secret_reads_the_cookie()
    {
        using var first = new PortalApp();
        using var second = new PortalApp();
        using var browser = await first.SignedInBrowser();
        var cookie = await SignInCookieOf(first);

        var response = await second.GetWithCookiesAsync(cookie, "/tenants");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Springfield Clinic", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_instance_with_another_secret_refuses_the_cookie()
    {
        using var first = new PortalApp();
        using var other = new PortalApp(new Dictionary<string, string?> { ["SECRET_KEY"] = "another-secret-key-with-enough-characters-0001" });
        var cookie = await SignInCookieOf(first);

        var response = await other.GetWithCookiesAsync(cookie, "/tenants");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/login", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_cookie_is_secure_and_host_only_when_the_request_came_over_https()
    {
        using var app = new PortalApp();
        using var client = app.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });
        using var browser = new Browser(client);

        var response = await browser.SignInAsync();

        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("__Host-portal_auth=", StringComparison.Ordinal));
        Assert.Contains("; secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("; path=/;", cookie + ";", StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("domain=", cookie, StringComparison.OrdinalIgnoreCase);
    }

    private static async Task<string> SignInCookieOf(PortalApp app)
    {
        using var browser = app.Browser();
        var response = await browser.SignInAsync();
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("portal_auth=", StringComparison.Ordinal));
        return cookie[..cookie.IndexOf(';', StringComparison.Ordinal)];
    }
}
