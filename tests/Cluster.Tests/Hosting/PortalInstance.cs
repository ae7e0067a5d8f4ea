using System.Globalization;
using System.Text.RegularExpressions;
using Portal.LoadRun.Hosting;

namespace Portal.Cluster.Tests.Hosting;

/// <summary>One Portal instance behind HAProxy; <see cref="Name"/> is its <c>server</c> name in deploy/haproxy/haproxy.cfg.</summary>
internal sealed partial class PortalInstance(string name, int port, ChildProcess process) : IAsyncDisposable
{
    public string Name { get; } = name;

    public ChildProcess Process { get; } = process;

    public Uri Address { get; } = new($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}");

    public string HostAndPort => Address.Authority;

    /// <summary>Until the instance itself answers /readyz with 200 (NATS connected, not stopping).</summary>
    public Task WaitUntilReadyAsync(CancellationToken cancellationToken) =>
        Process.WaitUntilOkAsync(new Uri(Address, "/readyz"), cancellationToken);

    /// <summary>
    /// The name of the NATS node this run of the instance connected to first, from the NATS client's log of the server's
    /// INFO (the client picks one of NATS_URL's servers at random).
    /// </summary>
    public async Task<string> NatsNodeAsync(CancellationToken cancellationToken)
    {
        var info = await Process.WaitForLineAsync("Received server info: ", cancellationToken);
        return NodeName().Match(info) is { Success: true } name
            ? name.Groups[1].Value
            : throw new InvalidOperationException($"{Name}'s NATS server info names no server: {info}");
    }

    public ValueTask DisposeAsync() => Process.DisposeAsync();

    [GeneratedRegex(@"\bName = (nats-\d+),")]
    private static partial Regex NodeName();
}
