using System.Net;
using System.Text;
using Portal.Domain.Identity;
using Portal.Domain.Tenants;
using Portal.Web.Identity;

namespace Portal.Web.FunctionalTests.Identity;

/// <summary>
/// A backend token may be as long as <see cref="AccessToken.MaxLength"/>: the sign-in cookie is then cut into chunks that
/// each stay within what a browser keeps, and only all of them, in order, sign the user in.
/// </summary>
public sealed class LongTokenTests
{
    private static readonly string JwtLikeToken = Repeat("eyJhbGciOiJSUzI1NiJ9.abcdefghijklmnopqrstuvwxyz0123456789-_ABCDEFGHIJKLMNOPQRSTUVWXYZ");

    /// <summary>Tokens of the maximum length: JWT-like, and made of the characters JSON has to escape.</summary>
    public static TheoryData<string> LongTokens => new() { JwtLikeToken, Repeat("\"\\<>&'+`") };

    [Theory]
    [MemberData(nameof(LongTokens))]
    public async Task A_sign_in_with_a_token_of_the_maximum_length_fits_in_cookies_a_browser_keeps(string token)
    {
        using var app = AppWithLongToken(token);
        using var browser = app.Browser();

        var signIn = await browser.SignInAsync();

        var chunks = SignInCookies(signIn).ToArray();
        Assert.Equal(["portal_auth", "portal_auth.1"], chunks.Select(c => c[..c.IndexOf('=', StringComparison.Ordinal)]).Take(2));
        Assert.All(chunks, chunk =>
        {
            Assert.True(Encoding.UTF8.GetByteCount(chunk) < 4000, $"A Set-Cookie header of {Encoding.UTF8.GetByteCount(chunk)} bytes.");
            Assert.Contains("httponly", chunk, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("samesite=strict", chunk, StringComparison.OrdinalIgnoreCase);
        });
        var (next, html) = await browser.GetPageAsync("/tenants");
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
        Assert.Contains("Springfield Clinic", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_largest_sign_in_with_more_linked_tenants_than_it_carries_stays_within_the_chunk_limit()
    {
        using var app = new PortalApp();
        var longestName = string.Concat(Enumerable.Repeat("\"<&", 100));
        var ada = new User(Samples.Ada.Id, Samples.AdaEmail, longestName, [Samples.Clinic]) { PlatformUserId = long.MaxValue };
        app.Identity.Add(ada, Repeat("\"\\<>&'+`"), Samples.AdaPassword);
        for (var index = 0; index < PortalSignIn.MaxPlatformCustomers + 8; index++)
        {
            var id = index.ToString("D2", System.Globalization.CultureInfo.InvariantCulture) + new string('t', Domain.Common.Identifier.MaxLength - 2);
            app.Tenants.Grant(ada.Id, new Tenant(new TenantId(id), "Practice " + id, TenantStatus.Active, "owner", []) { PlatformCustomerId = long.MaxValue - index });
        }

        using var browser = app.Browser();
        var signIn = await browser.SignInAsync();

        var chunks = SignInCookies(signIn).ToArray();
        Assert.InRange(chunks.Length, 2, SignInCookie.MaxChunks);
        Assert.All(chunks, chunk => Assert.True(Encoding.UTF8.GetByteCount(chunk) < 4000, $"A Set-Cookie header of {Encoding.UTF8.GetByteCount(chunk)} bytes."));
        Assert.Equal(PortalSignIn.MaxPlatformCustomers, Modes.IssuedSignIn.From(app, signIn)?.PlatformCustomers.Count);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/tenants")).StatusCode);
    }

    [Fact]
    public async Task The_largest_sign_in_that_carries_its_practices_stays_within_the_chunk_limit()
    {
        using var app = new PortalApp();
        var longestName = string.Concat(Enumerable.Repeat("\"<&", 100));
        var ada = new User(Samples.Ada.Id, Samples.AdaEmail, longestName, [Samples.Clinic]) { PlatformUserId = long.MaxValue };
        app.Identity.Add(ada, Repeat("\"\\<>&'+`"), Samples.AdaPassword);
        for (var index = 0; index < 11; index++)
        {
            var id = index.ToString("D2", System.Globalization.CultureInfo.InvariantCulture) + new string('t', Domain.Common.Identifier.MaxLength - 2);
            app.Tenants.Grant(ada.Id, new Tenant(new TenantId(id), "P" + id[..2], TenantStatus.Active, "owner", []) { PlatformCustomerId = long.MaxValue - index });
        }

        using var browser = app.Browser();
        await browser.SignInAsync();
        var picker = await browser.GetAsync("/tenants");

        var chunks = SignInCookies(picker).ToArray();
        Assert.InRange(chunks.Length, 2, SignInCookie.MaxChunks);
        Assert.All(chunks, chunk => Assert.True(Encoding.UTF8.GetByteCount(chunk) < 4000, $"A Set-Cookie header of {Encoding.UTF8.GetByteCount(chunk)} bytes."));
        Assert.Equal(13, Modes.IssuedSignIn.From(app, picker)?.Practices?.Count);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/t/tenant-1")).StatusCode);
    }

    [Fact]
    public async Task Only_every_chunk_in_order_signs_in()
    {
        using var app = AppWithLongToken();
        var (first, second) = await SignInChunksAsync(app);

        Assert.Equal(HttpStatusCode.OK, (await app.GetWithCookiesAsync($"{first}; {second}", "/tenants")).StatusCode);
        foreach (var cookies in new[]
        {
            first,
            $"{first}; portal_auth.2={Value(second)}",
            $"{first}; {second}; portal_auth.2={Value(second)}",
            $"{first}; {second}; portal_auth.x=1",
            $"portal_auth={Value(second)}; portal_auth.1={Value(first)}",
        })
        {
            var refused = await app.GetWithCookiesAsync(cookies, "/tenants");
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            Assert.StartsWith("/login", refused.Headers.Location?.OriginalString, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Signing_out_clears_every_chunk()
    {
        using var app = AppWithLongToken();
        using var browser = app.Browser();
        await browser.SignInAsync();

        var signOut = await browser.SubmitAsync("/tenants", "/logout");

        Assert.Equal(["portal_auth", "portal_auth.1"], ClearedCookies(signOut));
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/tenants")).StatusCode);
    }

    [Fact]
    public async Task A_sign_in_that_ended_clears_every_chunk()
    {
        using var app = AppWithLongToken();
        using var browser = app.Browser();
        await browser.SignInAsync();
        app.Identity.Revoke(JwtLikeToken);

        var refused = await browser.GetAsync("/tenants");

        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Equal(["portal_auth", "portal_auth.1"], ClearedCookies(refused));
    }

    [Fact]
    public async Task A_shorter_sign_in_removes_the_chunks_of_a_longer_one()
    {
        using var app = AppWithLongToken();
        using var browser = app.Browser();
        await browser.SignInAsync();
        HandAdaToken(app, Samples.AdaToken);

        var again = await browser.SignInAsync();

        Assert.Equal(["portal_auth.1"], ClearedCookies(again));
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/tenants")).StatusCode);
    }

    private static PortalApp AppWithLongToken(string? token = null)
    {
        var app = new PortalApp();
        HandAdaToken(app, token ?? JwtLikeToken);
        return app;
    }

    /// <summary>From now on Ada's sign-in hands out <paramref name="token"/>, and only it verifies as hers.</summary>
    private static void HandAdaToken(PortalApp app, string token) => app.Identity.Add(Samples.Ada, token, Samples.AdaPassword);

    private static string Repeat(string pattern) =>
        string.Concat(Enumerable.Repeat(pattern, (AccessToken.MaxLength / pattern.Length) + 1))[..AccessToken.MaxLength];

    private static IEnumerable<string> SignInCookies(HttpResponseMessage response) =>
        response.Headers.GetValues("Set-Cookie").Where(c => c.StartsWith("portal_auth", StringComparison.Ordinal));

    /// <summary>The names of the sign-in cookies the response deletes (an expiry in 1970).</summary>
    private static string[] ClearedCookies(HttpResponseMessage response) =>
        SignInCookies(response)
            .Where(c => c.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase))
            .Select(c => c[..c.IndexOf('=', StringComparison.Ordinal)])
            .Order(StringComparer.Ordinal)
            .ToArray();

    private static async Task<(string First, string Second)> SignInChunksAsync(PortalApp app)
    {
        using var browser = app.Browser();
        var pairs = SignInCookies(await browser.SignInAsync()).Select(c => c[..c.IndexOf(';', StringComparison.Ordinal)]).ToArray();
        Assert.Equal(2, pairs.Length);
        return (pairs[0], pairs[1]);
    }

    private static string Value(string pair) => pair[(pair.IndexOf('=', StringComparison.Ordinal) + 1)..];
}
