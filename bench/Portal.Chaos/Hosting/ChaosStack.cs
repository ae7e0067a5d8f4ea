using System.Globalization;
using System.Security.Cryptography;
using Portal.LoadRun.Hosting;

namespace Portal.Chaos.Hosting;

/// <summary>
/// The stack under fault, on 127.0.0.1: nats-server on a fixed free port (so a restart comes back where clients look),
/// the demo backend twice — once serving only HTPI over NATS, once serving only the Platform API on a fixed port — so
/// either side can be hung or killed alone, and two Portal instances with the same secrets. Disposing stops them all.
/// </summary>
internal sealed class ChaosStack : IAsyncDisposable
{
    private const string PortalId = "portal-chaos";
    private static readonly string[] NatsCandidates = ["/usr/sbin/nats-server", "/usr/bin/nats-server", "/usr/local/bin/nats-server"];

    // nats-server prints this (to stderr) once it accepts clients.
    private const string NatsReadyLine = "[INF] Server is ready";

    private readonly List<ChildProcess> started = [];

    private ChaosStack()
    {
    }

    public ChildProcess Nats { get; private set; } = null!;

    public ChildProcess Htpi { get; private set; } = null!;

    public ChildProcess Platform { get; private set; } = null!;

    public IReadOnlyList<(ChildProcess Process, Uri Url)> Portals { get; private set; } = [];

    public string NatsUrl { get; private set; } = string.Empty;

    public static async Task<ChaosStack> StartAsync(RepositoryLayout layout, CancellationToken cancellationToken)
    {
        var stack = new ChaosStack();
        try
        {
            await stack.StartAllAsync(layout, cancellationToken);
            return stack;
        }
        catch
        {
            await stack.DisposeAsync();
            throw;
        }
    }

    /// <summary>Starts nats-server again on its port; the port is open when this returns.</summary>
    public async Task RestartNatsAsync(CancellationToken cancellationToken)
    {
        Nats.Restart();
        await Nats.WaitForLineAsync(NatsReadyLine, cancellationToken);
    }

    /// <summary>Starts the Platform side again on its port; it serves when this returns.</summary>
    public async Task RestartPlatformAsync(CancellationToken cancellationToken)
    {
        Platform.Restart();
        await Platform.WaitForLineAsync("Ready.", cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        for (var i = started.Count - 1; i >= 0; i--)
        {
            await started[i].DisposeAsync();
        }
    }

    private async Task StartAllAsync(RepositoryLayout layout, CancellationToken cancellationToken)
    {
        var natsBinary = NatsCandidates.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("nats-server is not installed: run scripts/install-prerequisites.sh (./portal.sh chaos does).");
        var natsPort = FreePort.Next();
        NatsUrl = "nats://127.0.0.1:" + natsPort.ToString(CultureInfo.InvariantCulture);
        Nats = Track(ChildProcess.Start(
            "nats-server", natsBinary, ["-a", "127.0.0.1", "-p", natsPort.ToString(CultureInfo.InvariantCulture)], layout.Root, new Dictionary<string, string>()));
        await Nats.WaitForLineAsync(NatsReadyLine, cancellationToken);

        var platformSecret = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        var backendSettings = new Dictionary<string, string>
        {
            ["PLATFORM_API_SECRET"] = platformSecret,
            ["PORTAL_ID"] = PortalId,
            ["DEMO_BROADCAST_INTERVAL"] = "0",
        };

        // The HTPI side also opens a Platform API on some port, which nobody is told about.
        Htpi = Track(ChildProcess.Start(
            "the demo backend's HTPI side", "dotnet", [layout.DemoBackendBinary], layout.Root,
            new Dictionary<string, string>(backendSettings) { ["NATS_URL"] = NatsUrl, ["DEMO_PLATFORM_PORT"] = "0" }));
        var platformPort = FreePort.Next();
        Platform = Track(ChildProcess.Start(
            "the demo backend's Platform side", "dotnet", [layout.DemoBackendBinary], layout.Root,
            new Dictionary<string, string>(backendSettings) { ["DEMO_PLATFORM_PORT"] = platformPort.ToString(CultureInfo.InvariantCulture) }));
        await Htpi.WaitForLineAsync("Ready.", cancellationToken);
        const string platformLine = "Demo Platform API: ";
        var announced = await Platform.WaitForLineAsync(platformLine, cancellationToken);
        var platformUrl = announced[(announced.IndexOf(platformLine, StringComparison.Ordinal) + platformLine.Length)..].Trim();
        await Platform.WaitForLineAsync("Ready.", cancellationToken);

        var secretKey = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        var portals = new List<(ChildProcess, Uri)>();
        foreach (var name in new[] { "Portal A", "Portal B" })
        {
            var port = FreePort.Next();
            var portal = Track(ChildProcess.Start(
                name, "dotnet", [layout.WebBinary], layout.WebDirectory,
                new Dictionary<string, string>
                {
                    ["NATS_URL"] = NatsUrl,
                    ["PLATFORM_API_URL"] = platformUrl,
                    ["PLATFORM_API_SECRET"] = platformSecret,
                    ["PORTAL_ID"] = PortalId,
                    ["SECRET_KEY"] = secretKey,
                    ["PORT"] = port.ToString(CultureInfo.InvariantCulture),
                    ["BIND_ADDRESS"] = "127.0.0.1",
                }));
            portals.Add((portal, new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}")));
        }

        foreach (var (portal, url) in portals)
        {
            await portal.WaitUntilOkAsync(new Uri(url, "/readyz"), cancellationToken);
        }

        Portals = portals;
    }

    private ChildProcess Track(ChildProcess process)
    {
        started.Add(process);
        return process;
    }
}
