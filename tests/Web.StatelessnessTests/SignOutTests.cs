using System.Net;
using Portal.Testing.Support;
using Portal.Web.StatelessnessTests.Infrastructure;
using Xunit.Abstractions;

namespace Portal.Web.StatelessnessTests;

/// <summary>
/// Signing out ends the sign-in everywhere when the identity backend can end tokens: Portal sends
/// <c>htpi.auth.logout</c> over a real nats-server, the demo backend ends the token, and a copy of the cookie taken before
/// the sign-out is refused afterwards by any instance.
/// </summary>
public sealed class SignOutTests(ITestOutputHelper output) : IAsyncLifetime
{
    /// <summary>Marco's only practice: with one practice, sign-in and the practice list lead straight to it.</summary>
    private const string MarcosPractice = "/t/tnt-summit";

    private PortalStack? stack;

    [Fact]
    public async Task A_cookie_copied_before_sign_out_is_refused_afterwards()
    {
        var portal = await stack!.StartPortalAsync();
        var cookies = new CookieContainer();
        using var browser = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, CookieContainer = cookies });
        using (var signIn = await PortalForms.SignInAsync(browser, "marco.alvarez@example.com", "demo-password-2", portal.Address))
        {
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        }

        var copy = cookies.GetCookieHeader(portal.Address);
        Assert.Equal(HttpStatusCode.OK, await ReplayAsync(portal.Address, copy));

        var logoutToken = await PortalForms.CsrfTokenAsync(browser, new Uri(portal.Address, MarcosPractice), "/logout");
        using (var signOut = await PortalForms.PostFormAsync(browser, new Uri(portal.Address, "/logout"), [new(PortalForms.CsrfField, logoutToken)]))
        {
            Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
            Assert.Equal("/login?signedOut=true", signOut.Headers.Location?.OriginalString);
        }

        Assert.Equal(HttpStatusCode.Redirect, await ReplayAsync(portal.Address, copy));
    }

    public async Task InitializeAsync() => stack = await PortalStack.StartAsync(output);

    public async Task DisposeAsync()
    {
        if (stack is not null)
        {
            await stack.DisposeAsync();
        }
    }

    /// <summary>Marco's one practice asked for with exactly <paramref name="cookieHeader"/>: 200 signed in, a redirect to the login page when not.</summary>
    private static async Task<HttpStatusCode> ReplayAsync(Uri portal, string cookieHeader)
    {
        using var replay = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(portal, MarcosPractice));
        request.Headers.Add("Cookie", cookieHeader);
        using var answer = await replay.SendAsync(request);
        if (answer.StatusCode == HttpStatusCode.Redirect)
        {
            Assert.StartsWith("/login", answer.Headers.Location?.OriginalString, StringComparison.Ordinal);
        }

        return answer.StatusCode;
    }
}
