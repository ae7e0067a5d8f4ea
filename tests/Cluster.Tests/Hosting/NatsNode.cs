using System.Globalization;
using Portal.LoadRun.Hosting;

namespace Portal.Cluster.Tests.Hosting;

/// <summary>One nats-server node of the cluster, run from deploy/nats/cluster.conf with its settings in the environment.</summary>
internal sealed class NatsNode(string name, int clientPort, ChildProcess process) : IAsyncDisposable
{
    private string? serverId;

    public string Name { get; } = name;

    public int ClientPort { get; } = clientPort;

    public ChildProcess Process { get; } = process;

    public string Url => "nats://127.0.0.1:" + ClientPort.ToString(CultureInfo.InvariantCulture);

    public static NatsNode Start(string repositoryRoot, string name, int clientPort, int clusterPort, IReadOnlyList<int> routePorts)
    {
        var environment = new Dictionary<string, string>
        {
            ["NATS_SERVER_NAME"] = name,
            ["NATS_HOST"] = "127.0.0.1",
            ["NATS_CLIENT_PORT"] = clientPort.ToString(CultureInfo.InvariantCulture),
            ["NATS_CLUSTER_PORT"] = clusterPort.ToString(CultureInfo.InvariantCulture),
        };
        for (var i = 0; i < routePorts.Count; i++)
        {
            environment[$"NATS_ROUTE_{i + 1}"] = "nats-route://127.0.0.1:" + routePorts[i].ToString(CultureInfo.InvariantCulture);
        }

        var process = ChildProcess.Start(
            name,
            NatsServerBinary(),
            ["-c", Path.Combine(repositoryRoot, "deploy", "nats", "cluster.conf"), NatsRouteLog.DebugArgument],
            repositoryRoot,
            environment);
        return new NatsNode(name, clientPort, process);
    }

    /// <summary>Once it accepts clients and has a route to each of <paramref name="peers"/> (so interest crosses the cluster).</summary>
    public async Task WaitUntilJoinedAsync(IEnumerable<NatsNode> peers, CancellationToken cancellationToken)
    {
        await Process.WaitForLineAsync($"Listening for client connections on 127.0.0.1:{ClientPort}", cancellationToken);
        await ServerIdAsync(cancellationToken);
        foreach (var peer in peers)
        {
            await NatsRouteLog.WaitForRouteAsync(Process, await peer.ServerIdAsync(cancellationToken), cancellationToken);
        }
    }

    /// <summary>The same command line again, as a supervisor would restart it: with a new server id.</summary>
    public void Restart()
    {
        serverId = null;
        Process.Restart();
    }

    public ValueTask DisposeAsync() => Process.DisposeAsync();

    /// <summary>
    /// The server id of the node's current run, read once and kept: the process keeps only its last lines, which a node
    /// running for minutes in debug has long printed past.
    /// </summary>
    private async Task<string> ServerIdAsync(CancellationToken cancellationToken) =>
        serverId ??= await NatsRouteLog.ServerIdAsync(Process, cancellationToken);

    private static string NatsServerBinary() =>
        new[] { "/usr/sbin/nats-server", "/usr/bin/nats-server", "/usr/local/bin/nats-server" }.FirstOrDefault(File.Exists)
        ?? throw new InvalidOperationException("nats-server is not installed: run scripts/install-prerequisites.sh --with-cluster (./portal.sh test does).");
}
