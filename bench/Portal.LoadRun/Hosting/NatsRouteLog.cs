namespace Portal.LoadRun.Hosting;

/// <summary>
/// When a nats-server node of a cluster has its route to a peer, read from its output. A route is registered once, by
/// whichever node's connection got there first, and a node whose own dial was refused (the peer not listening yet) may
/// never dial again once the peer has dialled it; so a route is recognised by the peer's server id, which the debug line
/// of the registration names either way, and not by the address the node dials.
/// </summary>
internal static class NatsRouteLog
{
    /// <summary>Makes nats-server print the registration lines this reads.</summary>
    public const string DebugArgument = "-D";

    /// <summary>How nats-server's start-up lines give its server id: <c>[INF]   ID:       NCVT…</c>.</summary>
    private const string ServerIdLabel = "[INF]   ID:";

    /// <summary>The id <paramref name="node"/> chose for its current run (a new one at each start).</summary>
    public static async Task<string> ServerIdAsync(ChildProcess node, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(node);
        var line = await node.WaitForLineAsync(ServerIdLabel, cancellationToken);
        return line[(line.IndexOf(ServerIdLabel, StringComparison.Ordinal) + ServerIdLabel.Length)..].Trim();
    }

    /// <summary>Until <paramref name="node"/> has registered its route to the node whose id is <paramref name="peerId"/>.</summary>
    public static Task WaitForRouteAsync(ChildProcess node, string peerId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node.WaitForLineAsync($"Registering remote route \"{peerId}\"", cancellationToken);
    }
}
