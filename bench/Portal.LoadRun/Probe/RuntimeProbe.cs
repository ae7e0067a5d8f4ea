using System.Net.Sockets;
using System.Text;
using Portal.LoadRun.Hosting;

namespace Portal.LoadRun.Probe;

/// <summary>
/// The load run's side of <see cref="StartupHook"/>: the environment that loads it into a process (Portal, the demo
/// backend), and the read of that process's <see cref="RuntimeCounters"/> so far.
/// </summary>
internal sealed class RuntimeProbe
{
    private readonly string socketPath = Path.Combine(Path.GetTempPath(), $"portal-loadrun-{System.Environment.ProcessId}-{Guid.NewGuid():N}.sock");

    /// <summary>What the probed process is started with.</summary>
    public IReadOnlyDictionary<string, string> ProcessEnvironment => new Dictionary<string, string>
    {
        ["DOTNET_STARTUP_HOOKS"] = RepositoryLayout.LoadRunBinary,
        [StartupHook.SocketKey] = socketPath,
    };

    public async Task<RuntimeCounters> ReadAsync(CancellationToken cancellationToken)
    {
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        await socket.ConnectAsync(new UnixDomainSocketEndPoint(socketPath), cancellationToken);
        var buffer = new byte[64];
        var length = 0;
        int read;
        while ((read = await socket.ReceiveAsync(buffer.AsMemory(length), cancellationToken)) > 0)
        {
            length += read;
        }

        return RuntimeCounters.Parse(Encoding.ASCII.GetString(buffer, 0, length));
    }

    /// <summary>The socket file stays behind when the probed process ends; the load run removes it.</summary>
    public void Delete() => File.Delete(socketPath);
}
