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
        var root = RepositoryRoot.Find();
        var configuration = typeof(QuickStartTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;
        RequireBuilt(Path.Combine(root, "samples", "DemoBackend", "bin", configuration, "net10.0", "Portal.Demo.Backend.dll"), configuration);
        RequireBuilt(Path.Combine(root, "src", "Web", "bin", configuration, "net10.0", "Portal.Web.dll"), configuration);
        var port = NatsServer.FreePort();

        demo = DemoScript.Start(
            root,
            new Dictionary<string, string>
            {
                ["PORTAL_PORT"] = port.ToString(),
                ["DEMO_CONFIGURATION"] = configuration,
                ["DEMO_SKIP_BUILD"] = "1",
            },
            Path.Combine(Path.GetTempPath(), "portal-quick-start-" + Guid.NewGuid().ToString("N")));
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

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (demo is not null)
        {
            output.WriteLine(demo.Transcript());
            await demo.DisposeAsync();
        }
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
