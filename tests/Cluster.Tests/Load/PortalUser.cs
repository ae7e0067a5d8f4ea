using System.Net;
using Portal.Testing.Support;

namespace Portal.Cluster.Tests.Load;

/// <summary>One signed-in browser going through HAProxy: its own cookies, no redirects followed (a redirect is an answer).</summary>
internal sealed class PortalUser : IDisposable
{
    private PortalUser(string email, string tenant, HttpClient browser)
    {
        Email = email;
        Tenant = tenant;
        Browser = browser;
    }

    public string Email { get; }

    /// <summary>The practice whose pages this user loads.</summary>
    public string Tenant { get; }

    public HttpClient Browser { get; }

    public static async Task<PortalUser> SignInAsync(Uri portal, string email, string password, string tenant)
    {
        var browser = new HttpClient(new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = true,
            CookieContainer = new CookieContainer(),
            UseProxy = false,
        })
        {
            BaseAddress = portal,
            // A failure guard: a request HAProxy holds while it retries elsewhere still answers within seconds.
            Timeout = TimeSpan.FromSeconds(30),
        };
        using var answer = await PortalForms.SignInAsync(browser, email, password);
        if (answer.StatusCode != HttpStatusCode.Redirect)
        {
            var body = await answer.Content.ReadAsStringAsync();
            browser.Dispose();
            throw new InvalidOperationException($"Signing in as {email} answered {(int)answer.StatusCode}:{Environment.NewLine}{body}");
        }

        return new PortalUser(email, tenant, browser);
    }

    public void Dispose() => Browser.Dispose();
}
