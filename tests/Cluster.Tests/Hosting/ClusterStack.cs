using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using Portal.LoadRun.Hosting;
using Portal.Testing.Support;

namespace Portal.Cluster.Tests.Hosting;

/// <summary>
/// The cluster of <c>./portal.sh cluster</c> (scripts/cluster.sh) as this test's own child processes, so it can kill and
/// restart each part: three nats-server nodes from deploy/nats/cluster.conf, the demo backend, three Portal instances
/// (NATS_URL lists all three nodes; one SECRET_KEY) and HAProxy from deploy/haproxy/haproxy.cfg, all on 127.0.0.1.
/// Disposing stops what was started, newest first.
/// </summary>
internal sealed class ClusterStack : IAsyncDisposable
{
    public const string PortalId = "portal-cluster-test";

    private readonly string root = RepositoryRoot.Find();
    private readonly string configuration =
        typeof(ClusterStack).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;
    private readonly string stateDirectory = Path.Combine(Path.GetTempPath(), "portal-cluster-" + Guid.NewGuid().ToString("N"));
    private readonly List<NatsNode> nodes = [];
    private readonly List<PortalInstance> portals = [];
    private ChildProcess? backend;
    private ChildProcess? haproxy;

    public IReadOnlyList<NatsNode> Nodes => nodes;

    public IReadOnlyList<PortalInstance> Portals => portals;

    /// <summary>The node the demo backend is connected to: the one node this test never kills (it plays every HTPI service).</summary>
    public NatsNode BackendNode => nodes[^1];

    /// <summary>HAProxy's public address: where every client of the test goes.</summary>
    public Uri Address { get; private set; } = null!;

    public HaproxyStats Stats { get; private set; } = null!;

    /// <summary>
    /// The three nodes, then the three Portal instances (each picks one of the nodes at random, as the NATS client does)
    /// and the demo backend on node 3, then HAProxy.
    /// </summary>
    public static async Task<ClusterStack> StartAsync(int broadcastIntervalSeconds, CancellationToken cancellationToken)
    {
        var stack = new ClusterStack();
        try
        {
            await stack.StartAllAsync(broadcastIntervalSeconds, cancellationToken);
            return stack;
        }
        catch
        {
            await stack.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (haproxy is not null)
        {
            await haproxy.DisposeAsync();
        }

        foreach (var portal in portals)
        {
            await portal.DisposeAsync();
        }

        if (backend is not null)
        {
            await backend.DisposeAsync();
        }

        foreach (var node in nodes)
        {
            await node.DisposeAsync();
        }

        Stats?.Dispose();
        if (Directory.Exists(stateDirectory))
        {
            Directory.Delete(stateDirectory, recursive: true);
        }
    }

    private static string Text(int port) => port.ToString(CultureInfo.InvariantCulture);

    private async Task StartAllAsync(int broadcastIntervalSeconds, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(stateDirectory);
        var clientPorts = Enumerable.Range(0, 3).Select(_ => FreePort.Next()).ToList();
        var clusterPorts = Enumerable.Range(0, 3).Select(_ => FreePort.Next()).ToList();
        for (var i = 0; i < 3; i++)
        {
            nodes.Add(NatsNode.Start(root, $"nats-{i + 1}", clientPorts[i], clusterPorts[i], clusterPorts));
        }

        foreach (var node in nodes)
        {
            await node.WaitUntilJoinedAsync(nodes.Where(peer => peer != node), cancellationToken);
        }
        var natsUrl = string.Join(',', clientPorts.Select(port => "nats://127.0.0.1:" + Text(port)));

        // The demo backend's Platform API at a port chosen here, so Portal can be told it before the backend starts and
        // both start at once.
        var platformPort = FreePort.Next();
        var platformUrl = $"http://127.0.0.1:{Text(platformPort)}/api";
        var platformSecret = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        var secretKey = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        for (var i = 0; i < 3; i++)
        {
            var port = FreePort.Next();
            var name = $"portal-{i + 1}";
            portals.Add(new PortalInstance(name, port, ChildProcess.Start(
                name,
                "dotnet",
                [Binary(Path.Combine("src", "Web"), "Portal.Web.dll")],
                Path.Combine(root, "src", "Web"),
                new Dictionary<string, string>
                {
                    ["NATS_URL"] = natsUrl,
                    ["PLATFORM_API_URL"] = platformUrl,
                    ["PLATFORM_API_SECRET"] = platformSecret,
                    ["PORTAL_ID"] = PortalId,
                    ["SECRET_KEY"] = secretKey,
                    ["PORT"] = Text(port),
                    ["BIND_ADDRESS"] = "127.0.0.1",
                    ["FORWARDED_FOR_PROXIES"] = "127.0.0.1",
                })));
        }

        var announced = await StartBackendAsync(BackendNode.Url, platformPort, platformSecret, broadcastIntervalSeconds, cancellationToken);
        if (announced != platformUrl)
        {
            throw new InvalidOperationException($"The demo backend serves its Platform API at {announced}, not at {platformUrl} as Portal was told.");
        }

        foreach (var portal in portals)
        {
            await portal.WaitUntilReadyAsync(cancellationToken);
        }

        var listen = FreePort.Next();
        var statsListen = FreePort.Next();
        haproxy = ChildProcess.Start(
            "HAProxy",
            HaproxyBinary(),
            ["-db", "-f", Path.Combine(root, "deploy", "haproxy", "haproxy.cfg")],
            root,
            new Dictionary<string, string>
            {
                ["PORTAL_LISTEN"] = "127.0.0.1:" + Text(listen),
                ["HAPROXY_STATS_LISTEN"] = "127.0.0.1:" + Text(statsListen),
                ["HAPROXY_STATE_DIR"] = stateDirectory,
                ["PORTAL_1"] = portals[0].HostAndPort,
                ["PORTAL_2"] = portals[1].HostAndPort,
                ["PORTAL_3"] = portals[2].HostAndPort,
            });
        Address = new Uri("http://127.0.0.1:" + Text(listen));
        Stats = new HaproxyStats(new Uri("http://127.0.0.1:" + Text(statsListen)));
        await haproxy.WaitUntilOkAsync(new Uri(Address, "/readyz"), cancellationToken);
        foreach (var portal in portals)
        {
            await Stats.WaitForStatusAsync(portal.Name, "UP", cancellationToken);
        }
    }

    /// <summary>The demo backend as scripts/demo.sh runs it, on <paramref name="natsUrl"/>; returns the Platform API address it announces.</summary>
    private async Task<string> StartBackendAsync(
        string natsUrl, int platformPort, string platformSecret, int broadcastIntervalSeconds, CancellationToken cancellationToken)
    {
        backend = ChildProcess.Start(
            "the demo backend",
            "dotnet",
            [Binary(Path.Combine("samples", "DemoBackend"), "Portal.Demo.Backend.dll")],
            root,
            new Dictionary<string, string>
            {
                ["NATS_URL"] = natsUrl,
                ["DEMO_SERVE"] = "both",
                ["DEMO_PLATFORM_PORT"] = Text(platformPort),
                ["PLATFORM_API_SECRET"] = platformSecret,
                ["PORTAL_ID"] = PortalId,
                ["DEMO_BROADCAST_INTERVAL"] = Text(broadcastIntervalSeconds),
            });
        const string platformLine = "Demo Platform API: ";
        var announced = await backend.WaitForLineAsync(platformLine, cancellationToken);
        await backend.WaitForLineAsync("Ready.", cancellationToken);
        return announced[(announced.IndexOf(platformLine, StringComparison.Ordinal) + platformLine.Length)..].Trim();
    }

    private string Binary(string project, string file)
    {
        var binary = Path.Combine(root, project, "bin", configuration, "net10.0", file);
        return File.Exists(binary)
            ? binary
            : throw new InvalidOperationException(
                $"{binary} is missing: build the solution in {configuration} first (`dotnet build Portal.sln -c {configuration}`; `./portal.sh test` builds Release).");
    }

    private static string HaproxyBinary() =>
        new[] { "/usr/sbin/haproxy", "/usr/bin/haproxy", "/usr/local/sbin/haproxy" }.FirstOrDefault(File.Exists)
        ?? throw new InvalidOperationException("HAProxy is not installed: run scripts/install-prerequisites.sh --with-cluster (./portal.sh test does).");
}
