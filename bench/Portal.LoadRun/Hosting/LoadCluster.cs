using System.Globalization;
using System.Security.Cryptography;

namespace Portal.LoadRun.Hosting;

/// <summary>
/// The cluster of <c>./portal.sh cluster</c> (scripts/cluster.sh) for the live-stream run, on 127.0.0.1: three
/// nats-server nodes from deploy/nats/cluster.conf joined by routes, the demo backend (without its own broadcasts), three
/// Portal instances (NATS_URL lists the three nodes; one SECRET_KEY; HAProxy's address trusted for forwarded headers) and
/// HAProxy from deploy/haproxy/haproxy.cfg in front of them. Disposing stops what was started, newest first.
/// </summary>
internal sealed class LoadCluster : IAsyncDisposable
{
    private const string PortalId = "portal-loadrun-cluster";
    private const int Size = 3;

    private readonly RepositoryLayout layout;
    private readonly string stateDirectory = Path.Combine(Path.GetTempPath(), "portal-loadrun-" + Guid.NewGuid().ToString("N"));
    private readonly List<ChildProcess> nodes = [];
    private readonly List<ChildProcess> portals = [];
    private ChildProcess? backend;
    private ChildProcess? haproxy;

    private LoadCluster(RepositoryLayout layout) => this.layout = layout;

    /// <summary>HAProxy's public address, where every client of the run goes.</summary>
    public Uri Address { get; private set; } = null!;

    /// <summary>HAProxy's stats page (CSV at <c>/stats;csv</c>): each instance's open connections and HAProxy's own limit.</summary>
    public Uri StatsPage { get; private set; } = null!;

    /// <summary>The first node, where the run publishes its broadcasts; the routes carry them to the instances on the others.</summary>
    public string NatsUrl { get; private set; } = null!;

    /// <summary>The Portal instances, named portal-1..3 as HAProxy's <c>server</c> lines name them.</summary>
    public IReadOnlyList<ChildProcess> Portals => portals;

    public ChildProcess Haproxy => haproxy ?? throw new InvalidOperationException("HAProxy has not been started.");

    public static async Task<LoadCluster> StartAsync(RepositoryLayout layout, CancellationToken cancellationToken)
    {
        var cluster = new LoadCluster(layout);
        try
        {
            await cluster.StartAllAsync(cancellationToken);
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        var started = new[] { haproxy }.Concat(portals).Append(backend).Concat(nodes);
        foreach (var child in started)
        {
            if (child is not null)
            {
                await child.DisposeAsync();
            }
        }

        if (Directory.Exists(stateDirectory))
        {
            Directory.Delete(stateDirectory, recursive: true);
        }
    }

    private static string Text(int port) => port.ToString(CultureInfo.InvariantCulture);

    private static string Installed(string name, params string[] candidates) =>
        candidates.FirstOrDefault(File.Exists)
        ?? throw new InvalidOperationException($"{name} is not installed: run scripts/install-prerequisites.sh --with-cluster.");

    private async Task StartAllAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(stateDirectory);
        var natsServer = Installed("nats-server", "/usr/sbin/nats-server", "/usr/bin/nats-server", "/usr/local/bin/nats-server");
        var clientPorts = Enumerable.Range(0, Size).Select(_ => FreePort.Next()).ToList();
        var clusterPorts = Enumerable.Range(0, Size).Select(_ => FreePort.Next()).ToList();
        for (var i = 0; i < Size; i++)
        {
            var environment = new Dictionary<string, string>
            {
                ["NATS_SERVER_NAME"] = $"nats-{i + 1}",
                ["NATS_HOST"] = "127.0.0.1",
                ["NATS_CLIENT_PORT"] = Text(clientPorts[i]),
                ["NATS_CLUSTER_PORT"] = Text(clusterPorts[i]),
            };
            for (var route = 0; route < Size; route++)
            {
                environment[$"NATS_ROUTE_{route + 1}"] = "nats-route://127.0.0.1:" + Text(clusterPorts[route]);
            }

            nodes.Add(ChildProcess.Start(
                $"nats-{i + 1}",
                natsServer,
                ["-c", Path.Combine(layout.Root, "deploy", "nats", "cluster.conf"), NatsRouteLog.DebugArgument],
                layout.Root,
                environment));
        }

        var serverIds = new List<string>();
        foreach (var node in nodes)
        {
            serverIds.Add(await NatsRouteLog.ServerIdAsync(node, cancellationToken));
        }

        for (var i = 0; i < Size; i++)
        {
            await nodes[i].WaitForLineAsync($"Listening for client connections on 127.0.0.1:{Text(clientPorts[i])}", cancellationToken);
            foreach (var peer in Enumerable.Range(0, Size).Where(peer => peer != i))
            {
                // Interest (and so broadcasts) crosses the cluster once each node has a route to each other.
                await NatsRouteLog.WaitForRouteAsync(nodes[i], serverIds[peer], cancellationToken);
            }
        }

        var natsUrls = string.Join(',', clientPorts.Select(port => "nats://127.0.0.1:" + Text(port)));
        NatsUrl = "nats://127.0.0.1:" + Text(clientPorts[0]);
        var platformSecret = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        backend = ChildProcess.Start(
            "the demo backend",
            "dotnet",
            [layout.DemoBackendBinary],
            layout.Root,
            new Dictionary<string, string>
            {
                ["NATS_URL"] = natsUrls,
                ["DEMO_SERVE"] = "both",
                ["DEMO_PLATFORM_PORT"] = "0",
                ["PLATFORM_API_SECRET"] = platformSecret,
                ["PORTAL_ID"] = PortalId,
                ["DEMO_BROADCAST_INTERVAL"] = "0",
            });
        const string platformLine = "Demo Platform API: ";
        var announced = await backend.WaitForLineAsync(platformLine, cancellationToken);
        var platformUrl = announced[(announced.IndexOf(platformLine, StringComparison.Ordinal) + platformLine.Length)..].Trim();
        await backend.WaitForLineAsync("Ready.", cancellationToken);

        var secretKey = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        var portalPorts = Enumerable.Range(0, Size).Select(_ => FreePort.Next()).ToList();
        for (var i = 0; i < Size; i++)
        {
            portals.Add(ChildProcess.Start(
                $"portal-{i + 1}",
                "dotnet",
                [layout.WebBinary],
                layout.WebDirectory,
                new Dictionary<string, string>
                {
                    ["NATS_URL"] = natsUrls,
                    ["PLATFORM_API_URL"] = platformUrl,
                    ["PLATFORM_API_SECRET"] = platformSecret,
                    ["PORTAL_ID"] = PortalId,
                    ["SECRET_KEY"] = secretKey,
                    ["PORT"] = Text(portalPorts[i]),
                    ["BIND_ADDRESS"] = "127.0.0.1",
                    ["FORWARDED_FOR_PROXIES"] = "127.0.0.1",
                }));
        }

        for (var i = 0; i < Size; i++)
        {
            await portals[i].WaitUntilOkAsync(new Uri($"http://127.0.0.1:{Text(portalPorts[i])}/readyz"), cancellationToken);
        }

        var listen = FreePort.Next();
        var statsListen = FreePort.Next();
        haproxy = ChildProcess.Start(
            "HAProxy",
            Installed("HAProxy", "/usr/sbin/haproxy", "/usr/bin/haproxy", "/usr/local/sbin/haproxy"),
            ["-db", "-f", Path.Combine(layout.Root, "deploy", "haproxy", "haproxy.cfg")],
            layout.Root,
            new Dictionary<string, string>
            {
                ["PORTAL_LISTEN"] = "127.0.0.1:" + Text(listen),
                ["HAPROXY_STATS_LISTEN"] = "127.0.0.1:" + Text(statsListen),
                ["HAPROXY_STATE_DIR"] = stateDirectory,
                ["PORTAL_1"] = "127.0.0.1:" + Text(portalPorts[0]),
                ["PORTAL_2"] = "127.0.0.1:" + Text(portalPorts[1]),
                ["PORTAL_3"] = "127.0.0.1:" + Text(portalPorts[2]),
            });
        Address = new Uri("http://127.0.0.1:" + Text(listen));
        StatsPage = new Uri("http://127.0.0.1:" + Text(statsListen) + "/stats;csv");
        await haproxy.WaitUntilOkAsync(new Uri(Address, "/readyz"), cancellationToken);
    }
}
