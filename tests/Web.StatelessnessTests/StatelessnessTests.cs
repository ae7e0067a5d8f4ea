using System.Net;
using Portal.Adapters.Nats.IntegrationTests.Infrastructure;
using Portal.Demo.Backend;
using Portal.Testing.Support;
using Portal.Web.StatelessnessTests.Infrastructure;
using Xunit.Abstractions;

namespace Portal.Web.StatelessnessTests;

/// <summary>
/// Two real Portal processes with the same SECRET_KEY behind one nats-server and the demo backend: a browser signs in on
/// one and carries on with the other, both restart under it, and neither writes a byte to disk. Everything a signed-in
/// user has lives in the cookie, so any instance with the key serves any request.
/// </summary>
public sealed class StatelessnessTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string SignInCookie = "portal_auth";
    private const string PortalId = "portal-stateless";
    private const string PlatformSecret = "stateless-platform-secret-0123456789abcdef";
    private const string SecretKey = "stateless-secret-key-shared-by-every-instance-0123456789";
    private const string OtherSecretKey = "another-deployment-secret-key-that-signs-other-cookies-42";
    private const string NewPatientPage = "/t/tnt-riverside/patients/new";

    private readonly List<PortalProcess> portals = [];
    private readonly List<string> sandboxes = [];
    private NatsServer? nats;
    private DemoBackendHost? backend;

    [Fact]
    public async Task Any_instance_with_the_key_serves_the_signed_in_user_and_none_keeps_anything()
    {
        var portA = NatsServer.FreePort();
        var portB = NatsServer.FreePort();
        var sandboxA = NewSandbox();
        var sandboxB = NewSandbox();
        var (a, b) = await StartPairAsync(portA, sandboxA, portB, sandboxB);

        await AssertReadyAsync(a);
        await AssertReadyAsync(b);

        var cookies = new CookieContainer();
        using var browser = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = cookies })
        {
            Timeout = TimeSpan.FromSeconds(30),
        };

        // Signed in on A, carrying on with B: the cookie A issued is all B needs.
        using (var signIn = await SignInAsync(browser, a.Address, "dana.whitfield@example.com", "demo-password-1"))
        {
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
            Assert.Equal("/tenants", signIn.Headers.Location?.OriginalString);
        }

        Assert.NotNull(cookies.GetCookies(b.Address)[SignInCookie]);
        await AssertListsDanasPracticesAsync(browser, b.Address);
        await AssertDashboardRendersAsync(browser, b.Address);

        var patient = await AddPatientAsync(browser, b.Address, await CsrfTokenAsync(browser, b.Address, NewPatientPage), "Stateless", "Bee");
        await AssertPageShowsAsync(browser, new Uri(a.Address, patient), "Bee");

        var mintedByA = await CsrfTokenAsync(browser, a.Address, NewPatientPage);
        var acceptedByB = await AddPatientAsync(browser, b.Address, mintedByA, "Minted", "Elsewhere");
        await AssertPageShowsAsync(browser, new Uri(b.Address, acceptedByB), "Elsewhere");

        var forgedToken = (mintedByA[0] == 'A' ? "B" : "A") + mintedByA[1..];
        using (var forged = await PostNewPatientAsync(browser, b.Address, forgedToken, "Forged", "Token"))
        {
            Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        }

        // Both restart on the same ports; the same cookie still signs her in.
        await Task.WhenAll(a.StopAsync(), b.StopAsync());
        (a, b) = await StartPairAsync(portA, sandboxA, portB, sandboxB);

        await AssertListsDanasPracticesAsync(browser, a.Address);
        await AssertDashboardRendersAsync(browser, b.Address);
        await AssertPageShowsAsync(browser, new Uri(b.Address, patient), "Bee");

        // An instance with another SECRET_KEY does not believe the cookie: off to the login page.
        await b.StopAsync();
        var stranger = await StartAsync(portB, sandboxB, OtherSecretKey);
        using (var refused = await browser.GetAsync(new Uri(stranger.Address, "/tenants")))
        {
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            Assert.StartsWith("/login", refused.Headers.Location?.OriginalString, StringComparison.Ordinal);
        }

        // Nothing on disk: every directory a process could have written to is still empty.
        await Task.WhenAll(a.StopAsync(), stranger.StopAsync());
        foreach (var sandbox in sandboxes)
        {
            var written = Directory.GetFileSystemEntries(sandbox, "*", SearchOption.AllDirectories);
            Assert.True(written.Length == 0, "Portal wrote to disk: " + string.Join(", ", written));
        }
    }

    public async Task InitializeAsync()
    {
        nats = await NatsServer.StartAsync();
        backend = await DemoBackendHost.StartAsync(new DemoBackendOptions
        {
            NatsUrl = nats.Url,
            PlatformApiSecret = PlatformSecret,
            PortalId = PortalId,
        });
    }

    public async Task DisposeAsync()
    {
        foreach (var portal in portals)
        {
            output.WriteLine($"--- Portal on {portal.Address} ---");
            output.WriteLine(portal.Output);
            await portal.DisposeAsync();
        }

        if (backend is not null)
        {
            await backend.DisposeAsync();
        }

        if (nats is not null)
        {
            await nats.DisposeAsync();
        }

        foreach (var sandbox in sandboxes)
        {
            Directory.Delete(sandbox, recursive: true);
        }
    }

    private string NewSandbox()
    {
        var sandbox = Path.Combine(Path.GetTempPath(), "portal-stateless-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(sandbox);
        sandboxes.Add(sandbox);
        return sandbox;
    }

    private async Task<(PortalProcess A, PortalProcess B)> StartPairAsync(int portA, string sandboxA, int portB, string sandboxB)
    {
        var a = StartAsync(portA, sandboxA, SecretKey);
        var b = StartAsync(portB, sandboxB, SecretKey);
        return (await a, await b);
    }

    private async Task<PortalProcess> StartAsync(int port, string sandbox, string secretKey)
    {
        var portal = await PortalProcess.StartAsync(
            new Dictionary<string, string>
            {
                ["NATS_URL"] = nats!.Url,
                ["PLATFORM_API_URL"] = backend!.PlatformUrl.ToString(),
                ["PLATFORM_API_SECRET"] = PlatformSecret,
                ["PORTAL_ID"] = PortalId,
                ["SECRET_KEY"] = secretKey,
                ["ENV"] = "development",
            },
            port,
            sandbox);
        portals.Add(portal);
        return portal;
    }

    private static async Task AssertReadyAsync(PortalProcess portal)
    {
        using var probe = new HttpClient();
        using var ready = await probe.GetAsync(new Uri(portal.Address, "/readyz"));
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
    }

    private static Task<HttpResponseMessage> SignInAsync(HttpClient browser, Uri portal, string email, string password) =>
        PortalForms.SignInAsync(browser, email, password, portal);

    private static Task<string> CsrfTokenAsync(HttpClient browser, Uri portal, string page) =>
        PortalForms.CsrfTokenAsync(browser, new Uri(portal, page), page);

    /// <summary>Adds a patient and returns the address of the new patient's page the form redirects to.</summary>
    private static async Task<string> AddPatientAsync(HttpClient browser, Uri portal, string csrf, string firstName, string lastName)
    {
        using var added = await PostNewPatientAsync(browser, portal, csrf, firstName, lastName);
        Assert.True(added.StatusCode == HttpStatusCode.Redirect, $"Adding a patient on {portal} answered {(int)added.StatusCode}: {await added.Content.ReadAsStringAsync()}");
        var location = added.Headers.Location?.OriginalString;
        Assert.StartsWith("/t/tnt-riverside/patients/", location, StringComparison.Ordinal);
        return location!;
    }

    private static Task<HttpResponseMessage> PostNewPatientAsync(HttpClient browser, Uri portal, string csrf, string firstName, string lastName) =>
        browser.PostAsync(
            new Uri(portal, NewPatientPage),
            new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["FirstName"] = firstName,
                ["LastName"] = lastName,
                ["Email"] = $"{firstName}.{lastName}@example.com".ToLowerInvariant(),
                ["Phone"] = "+1 555 010 0200",
                ["DateOfBirth"] = "1984-03-09",
                ["__csrf"] = csrf,
            }));

    private static async Task AssertListsDanasPracticesAsync(HttpClient browser, Uri portal)
    {
        var tenants = await PageAsync(browser, new Uri(portal, "/tenants"));
        Assert.Contains("Riverside Family Practice", tenants, StringComparison.Ordinal);
        Assert.Contains("Harbor Pediatrics", tenants, StringComparison.Ordinal);
    }

    private static async Task AssertDashboardRendersAsync(HttpClient browser, Uri portal)
    {
        var dashboard = await PageAsync(browser, new Uri(portal, "/t/tnt-riverside"));
        Assert.Contains("data-live-stat=\"patients-total\"", dashboard, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"unavailable\"", dashboard, StringComparison.Ordinal);
    }

    private static async Task AssertPageShowsAsync(HttpClient browser, Uri page, string text) =>
        Assert.Contains(text, await PageAsync(browser, page), StringComparison.Ordinal);

    private static async Task<string> PageAsync(HttpClient browser, Uri page)
    {
        using var answer = await browser.GetAsync(page);
        var html = await answer.Content.ReadAsStringAsync();
        Assert.True(answer.StatusCode == HttpStatusCode.OK, $"{page} answered {(int)answer.StatusCode} {answer.Headers.Location}: {html}");
        return html;
    }
}
