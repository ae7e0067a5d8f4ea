using System.Net;
using Portal.Adapters.Nats.IntegrationTests.Infrastructure;
using Portal.Testing.Support;
using Portal.Web.StatelessnessTests.Infrastructure;
using Xunit.Abstractions;

namespace Portal.Web.StatelessnessTests;

/// <summary>
/// Portal behind a TLS-terminating reverse proxy (YARP on Kestrel, a real hop over loopback): what the proxy says about
/// the scheme is believed because FORWARDED_FOR_PROXIES names the proxy's address, so the cookies are Secure and
/// <c>__Host-</c>-named and HSTS is sent; the same headers sent by anyone else change nothing.
/// </summary>
public sealed class ForwardedProxyTests(ITestOutputHelper output) : IAsyncLifetime
{
    private PortalStack? stack;

    [Fact]
    public async Task Over_the_trusted_proxy_the_cookies_are_secure_host_only_and_hsts_is_sent_and_spoofed_headers_are_ignored()
    {
        var portal = await stack!.StartPortalAsync(new Dictionary<string, string>
        {
            ["ENV"] = "production",
            ["FORWARDED_FOR_PROXIES"] = TlsTerminatingProxy.SourceAddress + "/32",
        });
        await using var proxy = await TlsTerminatingProxy.StartAsync(portal.Address, NatsServer.FreePort());
        var cookies = new CookieContainer();
        using var browser = proxy.Client(cookies);

        using (var login = await browser.GetAsync(new Uri(proxy.Address, "/login")))
        {
            Assert.Equal(HttpStatusCode.OK, login.StatusCode);
            Assert.True(login.Headers.Contains("Strict-Transport-Security"), "No HSTS over the trusted proxy.");
            AssertSecureHostCookie(login, "__Host-portal_login_nonce");
        }

        using (var signIn = await PortalForms.SignInAsync(browser, "dana.whitfield@example.com", "demo-password-1", proxy.Address))
        {
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
            AssertSecureHostCookie(signIn, "__Host-portal_auth");
        }

        using (var tenants = await browser.GetAsync(new Uri(proxy.Address, "/tenants")))
        {
            Assert.Equal(HttpStatusCode.OK, tenants.StatusCode);
            Assert.Contains("Riverside Family Practice", await tenants.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        // The same headers straight from a client on 127.0.0.1, which is not a trusted proxy: plain HTTP it stays.
        using var direct = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false });
        using var spoofed = new HttpRequestMessage(HttpMethod.Get, new Uri(portal.Address, "/login"));
        spoofed.Headers.Host = TlsTerminatingProxy.Host;
        spoofed.Headers.Add("X-Forwarded-Proto", "https");
        spoofed.Headers.Add("X-Forwarded-For", "203.0.113.9");
        using var answer = await direct.SendAsync(spoofed);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.False(answer.Headers.Contains("Strict-Transport-Security"), "HSTS on a spoofed X-Forwarded-Proto.");
        var nonce = Assert.Single(answer.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith("portal_login_nonce=", nonce, StringComparison.Ordinal);
        Assert.DoesNotContain("secure", nonce, StringComparison.OrdinalIgnoreCase);
    }

    public async Task InitializeAsync() => stack = await PortalStack.StartAsync(output);

    public async Task DisposeAsync()
    {
        if (stack is not null)
        {
            await stack.DisposeAsync();
        }
    }

    private static void AssertSecureHostCookie(HttpResponseMessage answer, string name)
    {
        var cookie = Assert.Single(answer.Headers.GetValues("Set-Cookie"), c => c.StartsWith(name + "=", StringComparison.Ordinal) && !c.StartsWith(name + "=;", StringComparison.Ordinal));
        var attributes = cookie.Split(';', StringSplitOptions.TrimEntries).Skip(1).Select(a => a.ToLowerInvariant()).ToArray();
        Assert.Contains("secure", attributes);
        Assert.Contains("path=/", attributes);
        Assert.DoesNotContain(attributes, a => a.StartsWith("domain=", StringComparison.Ordinal));
    }
}
