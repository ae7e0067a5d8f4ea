using System.Globalization;
using System.Security.Cryptography;
using Portal.Bench.Shared;
using Portal.LoadRun.Bare;
using Portal.LoadRun.Probe;

namespace Portal.LoadRun.Hosting;

/// <summary>
/// Everything under load, on 127.0.0.1: nats-server, the demo backend (HTPI over NATS and the Platform API, as
/// scripts/demo.sh runs it, without live broadcasts so the pages stay byte-for-byte the same), Portal from its build
/// output, and the bare endpoint. Disposing stops them in reverse order, whatever was started.
/// </summary>
internal sealed class LoadStack : IAsyncDisposable
{
    private const string PortalId = "portal-loadrun";

    private readonly RepositoryLayout layout;
    private readonly string platformSecret = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
    private LocalNatsServer? nats;
    private ChildProcess? backend;
    private ChildProcess? portal;
    private ChildProcess? bare;
    /// <summary>What Portal and the bare endpoint are both configured with: the adapters' settings.</summary>
    private Dictionary<string, string> sharedSettings = [];

    private LoadStack(RepositoryLayout layout) => this.layout = layout;

    public Uri PortalUrl { get; private set; } = null!;

    public Uri BareUrl { get; private set; } = null!;

    /// <summary>The nats-server Portal and the demo backend use; the live-stream run publishes its broadcasts there.</summary>
    public string NatsUrl => nats?.Url ?? throw new InvalidOperationException("nats-server has not been started.");

    public ChildProcess Portal => portal ?? throw new InvalidOperationException("Portal has not been started.");

    /// <summary>Reads Portal's allocations and JIT compilations so far (a startup hook in Portal's process answers).</summary>
    public RuntimeProbe PortalProbe { get; } = new();

    /// <summary>The same for the demo backend, whose JIT warms up under the first target's load too.</summary>
    public RuntimeProbe BackendProbe { get; } = new();

    public ChildProcess Bare => bare ?? throw new InvalidOperationException("The bare endpoint has not been started.");

    /// <summary>
    /// The CPU time the demo backend and nats-server have used so far: the backends' share of the machine, which stands in
    /// for services a deployment runs elsewhere, so a change in it moves requests/s without moving Portal's own cost.
    /// </summary>
    public TimeSpan BackendsProcessorTime =>
        (backend?.ProcessorTime ?? TimeSpan.Zero) + (nats?.ProcessorTime ?? TimeSpan.Zero);

    /// <summary>nats-server, the demo backend and Portal, each ready before the next starts.</summary>
    public static async Task<LoadStack> StartAsync(RepositoryLayout layout, CancellationToken cancellationToken)
    {
        var stack = new LoadStack(layout);
        try
        {
            await stack.StartPortalAsync(cancellationToken);
            return stack;
        }
        catch
        {
            await stack.DisposeAsync();
            throw;
        }
    }

    /// <summary>The bare endpoint, given the signed-in Cookie header it uses once to capture Portal's pages.</summary>
    public async Task StartBareEndpointAsync(string cookieHeader, CancellationToken cancellationToken)
    {
        var port = FreePort.Next();
        BareUrl = Loopback(port);
        bare = ChildProcess.Start(
            "the bare endpoint",
            "dotnet",
            [RepositoryLayout.LoadRunBinary, BareEndpoint.Role],
            layout.Root,
            new Dictionary<string, string>(sharedSettings)
            {
                [BareEndpoint.PortKey] = port.ToString(CultureInfo.InvariantCulture),
                [BareEndpoint.PortalUrlKey] = PortalUrl.ToString(),
                [BareEndpoint.CookieHeaderKey] = cookieHeader,
                [BareEndpoint.TenantKey] = DemoAccount.Tenant,
                [BareEndpoint.LogSettingsKey] = layout.WebSettings,

                // Portal.Web is built with the Web SDK, whose default is the server GC with dynamic adaptation (DATAS);
                // this console project's default is the workstation GC. The bare endpoint runs with Portal's.
                ["DOTNET_gcServer"] = "1",
                ["DOTNET_GCDynamicAdaptationMode"] = "1",
            });
        await bare.WaitUntilOkAsync(new Uri(BareUrl, "/readyz"), cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var child in new[] { bare, portal, backend })
        {
            if (child is not null)
            {
                await child.DisposeAsync();
            }
        }

        nats?.Dispose();
        PortalProbe.Delete();
        BackendProbe.Delete();
    }

    private async Task StartPortalAsync(CancellationToken cancellationToken)
    {
        nats = LocalNatsServer.Start();
        backend = ChildProcess.Start(
            "the demo backend",
            "dotnet",
            [layout.DemoBackendBinary],
            layout.Root,
            new Dictionary<string, string>(BackendProbe.ProcessEnvironment)
            {
                ["NATS_URL"] = nats.Url,
                ["DEMO_PLATFORM_PORT"] = "0",
                ["PLATFORM_API_SECRET"] = platformSecret,
                ["PORTAL_ID"] = PortalId,
                ["DEMO_BROADCAST_INTERVAL"] = "0",
            });
        const string platformLine = "Demo Platform API: ";
        var announced = await backend.WaitForLineAsync(platformLine, cancellationToken);
        var platformUrl = announced[(announced.IndexOf(platformLine, StringComparison.Ordinal) + platformLine.Length)..].Trim();
        await backend.WaitForLineAsync("Ready.", cancellationToken);

        sharedSettings = new Dictionary<string, string>
        {
            ["NATS_URL"] = nats.Url,
            ["PLATFORM_API_URL"] = platformUrl,
            ["PLATFORM_API_SECRET"] = platformSecret,
            ["PORTAL_ID"] = PortalId,

            // The bare endpoint opens Portal's sealed sign-in cookie with the key Portal derives from it.
            [BareEndpoint.SecretKeyKey] = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32)),
        };
        var port = FreePort.Next();
        PortalUrl = Loopback(port);
        portal = ChildProcess.Start(
            "Portal",
            "dotnet",
            [layout.WebBinary],
            layout.WebDirectory,
            new Dictionary<string, string>(sharedSettings.Concat(PortalProbe.ProcessEnvironment))
            {
                ["PORT"] = port.ToString(CultureInfo.InvariantCulture),

                // The run signs the same user in from the same address before every measured interval and every pair of
                // alternating slices: more than the ten a user may in five minutes.
                ["LOGIN_LIMIT_PER_EMAIL"] = "1000",
                ["LOGIN_LIMIT_PER_ADDRESS"] = "1000",
            });
        await portal.WaitUntilOkAsync(new Uri(PortalUrl, "/readyz"), cancellationToken);
    }

    private static Uri Loopback(int port) => new($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}");
}
