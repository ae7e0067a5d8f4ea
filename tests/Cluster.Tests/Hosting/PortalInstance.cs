using System.Globalization;
using Portal.LoadRun.Hosting;

namespace Portal.Cluster.Tests.Hosting;

/// <summary>One Portal instance behind HAProxy; <see cref="Name"/> is its <c>server</c> name in deploy/haproxy/haproxy.cfg.</summary>
internal sealed class PortalInstance(string name, int port, ChildProcess process) : IAsyncDisposable
{
    public string Name { get; } = name;

    public ChildProcess Process { get; } = process;

    public Uri Address { get; } = new($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}");

    public string HostAndPort => Address.Authority;

    /// <summary>Until the instance itself answers /readyz with 200 (NATS connected, not stopping).</summary>
    public Task WaitUntilReadyAsync(CancellationToken cancellationToken) =>
        Process.WaitUntilOkAsync(new Uri(Address, "/readyz"), cancellationToken);

    public ValueTask DisposeAsync() => Process.DisposeAsync();
}
