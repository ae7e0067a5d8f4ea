using System.Globalization;
using System.Net;
using System.Reflection;
using Portal.Adapters.Nats.IntegrationTests.Infrastructure;
using Portal.Testing.Support;
using Xunit.Abstractions;

namespace Portal.Demo.Tests.QuickStart;

/// <summary>
/// The one-command quick start end to end: <c>scripts/demo.sh</c>, exactly as <c>./portal.sh demo</c> runs it (only its
/// build step skipped, since this test run has just built the same binaries), then a sign-in through Portal and a stop.
/// </summary>
public sealed class QuickStartTests(ITestOutputHelper output) : IAsyncLifetime
{
    // Failure guards only: a start takes a few seconds; a stop at most 10 s per process, three processes.
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(40);

    private DemoScript? demo;

    [Fact]
    public async Task Demo_command_serves_a_working_sign_in_and_leaves_nothing_behind_when_stopped()
    {
        var port = NatsServer.FreePort();

        demo = StartDemo(new Dictionary<string, string> { ["PORTAL_PORT"] = port.ToString(CultureInfo.InvariantCulture) });
        var portal = await demo.WaitUntilRunningAsync(StartTimeout);

        Assert.Equal(new Uri($"http://127.0.0.1:{port}"), portal);
        Assert.Equal(["nats-server", "demo backend", "Portal"], demo.Children.Select(c => c.Name));

        using (var dana = NewBrowser(portal))
        {
            var signIn = await PortalForms.SignInAsync(dana, "dana.whitfield@example.com", "demo-password-1");
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
            Assert.Equal("/tenants", signIn.Headers.Location?.OriginalString);

            var tenants = await dana.GetStringAsync(new Uri("/tenants", UriKind.Relative));
            Assert.Contains("Riverside Family Practice", tenants, StringComparison.Ordinal);
            Assert.Contains("Harbor Pediatrics", tenants, StringComparison.Ordinal);
            Assert.DoesNotContain("Summit Orthopedics", tenants, StringComparison.Ordinal);

            using var dashboard = await dana.GetAsync(new Uri("/t/tnt-riverside", UriKind.Relative));
            var dashboardHtml = await dashboard.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
            Assert.Contains("data-live-stat=\"patients-total\"", dashboardHtml, StringComparison.Ordinal);
            Assert.DoesNotContain("class=\"unavailable\"", dashboardHtml, StringComparison.Ordinal);

            using var notHers = await dana.GetAsync(new Uri("/t/tnt-summit", UriKind.Relative));
            Assert.Equal(HttpStatusCode.NotFound, notHers.StatusCode);
        }

        using (var olivia = NewBrowser(portal))
        {
            var refused = await PortalForms.SignInAsync(olivia, "olivia.grant@example.com", "demo-password-3");
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
            Assert.Null(refused.Headers.Location);
            Assert.Contains("id=\"login-error\"", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var children = demo.Children;
        Assert.Equal(143, await demo.StopAsync(StopTimeout)); // the script's TERM trap ran and stopped the others
        Assert.Empty(demo.ProcessesLeftBehind());
        Assert.All(children, c => Assert.False(Directory.Exists($"/proc/{c.Pid}"), $"{c.Name} (pid {c.Pid}) is still there."));
    }

    /// <summary>
    /// The ports asked for are held by outgoing connections, as a port picked from the ephemeral range can be: a check
    /// for a listener finds them free, yet a server cannot bind them. The script must notice that the server it started
    /// does not listen and start it again on another port.
    /// </summary>
    [Fact]
    public async Task Demo_command_starts_nats_server_and_Portal_again_on_fresh_ports_when_theirs_cannot_be_bound()
    {
        using var heldForNats = await OutgoingConnection.OpenAsync();
        using var heldForPortal = await OutgoingConnection.OpenAsync();
        var natsPort = heldForNats.LocalPort;
        var portalPort = heldForPortal.LocalPort;

        demo = StartDemo(new Dictionary<string, string>
        {
            ["DEMO_NATS_PORT"] = natsPort.ToString(CultureInfo.InvariantCulture),
            ["PORTAL_PORT"] = portalPort.ToString(CultureInfo.InvariantCulture),
        });
        var portal = await demo.WaitUntilRunningAsync(StartTimeout);

        Assert.NotEqual(portalPort, portal.Port);
        Assert.Contains($"Port {portalPort} was taken; starting Portal on port {portal.Port} instead.", demo.Transcript(), StringComparison.Ordinal);
        Assert.Matches($@"Port {natsPort} was taken; starting nats-server on port \d+ instead\.", demo.Transcript());
        Assert.Equal(["nats-server", "demo backend", "Portal"], demo.Children.Select(c => c.Name));

        using (var marco = NewBrowser(portal))
        {
            var signIn = await PortalForms.SignInAsync(marco, "marco.alvarez@example.com", "demo-password-2");
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
            var dashboard = await marco.GetStringAsync(new Uri("/t/tnt-summit", UriKind.Relative));
            Assert.Contains("Summit Orthopedics", dashboard, StringComparison.Ordinal);
        }

        Assert.Equal(143, await demo.StopAsync(StopTimeout));
        Assert.Empty(demo.ProcessesLeftBehind());
    }

    /// <summary>
    /// <c>./portal.sh demo --platform-only</c> starts no nats-server and signs Platform users in; <c>--htpi-only</c> gives
    /// Portal no Platform API. Either way a customer signs in and reaches a practice.
    /// </summary>
    [Theory]
    [InlineData("--platform-only", new[] { "demo backend", "Portal" })]
    [InlineData("--htpi-only", new[] { "nats-server", "demo backend", "Portal" })]
    public async Task Demo_command_runs_with_one_backend_only(string flag, string[] children)
    {
        demo = StartDemo(new Dictionary<string, string> { ["PORTAL_PORT"] = NatsServer.FreePort().ToString(CultureInfo.InvariantCulture) }, flag);
        var portal = await demo.WaitUntilRunningAsync(StartTimeout);

        Assert.Equal(children, demo.Children.Select(c => c.Name));
        using (var dana = NewBrowser(portal))
        {
            var signIn = await PortalForms.SignInAsync(dana, "dana.whitfield@example.com", "demo-password-1");
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
            var tenants = await dana.GetStringAsync(new Uri("/tenants", UriKind.Relative));
            Assert.Contains("Riverside Family Practice", tenants, StringComparison.Ordinal);
            Assert.Contains("Harbor Pediatrics", tenants, StringComparison.Ordinal);
        }

        Assert.Equal(143, await demo.StopAsync(StopTimeout));
        Assert.Empty(demo.ProcessesLeftBehind());
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (demo is not null)
        {
            output.WriteLine(demo.Transcript());
            await demo.DisposeAsync();
        }
    }

    /// <summary>scripts/demo.sh as <c>./portal.sh demo</c> runs it, on the binaries this test run has just built.</summary>
    private static DemoScript StartDemo(Dictionary<string, string> environment, params string[] arguments)
    {
        var root = RepositoryRoot.Find();
        var configuration = typeof(QuickStartTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;
        RequireBuilt(Path.Combine(root, "samples", "DemoBackend", "bin", configuration, "net10.0", "Portal.Demo.Backend.dll"), configuration);
        RequireBuilt(Path.Combine(root, "src", "Web", "bin", configuration, "net10.0", "Portal.Web.dll"), configuration);
        environment["DEMO_CONFIGURATION"] = configuration;
        environment["DEMO_SKIP_BUILD"] = "1";
        return DemoScript.Start(root, environment, Path.Combine(Path.GetTempPath(), "portal-quick-start-" + Guid.NewGuid().ToString("N")), arguments);
    }

    private static void RequireBuilt(string binary, string configuration) =>
        Assert.True(
            File.Exists(binary),
            $"{binary} is missing: build the solution in {configuration} first (`dotnet build Portal.sln -c {configuration}`; `./portal.sh test` builds Release).");

    private static HttpClient NewBrowser(Uri portal) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() })
        {
            BaseAddress = portal,
            Timeout = TimeSpan.FromSeconds(30),
        };
}
