using System.Net.Sockets;
using System.Text;

#pragma warning disable CA1050 // The runtime finds a startup hook only as a type named StartupHook outside any namespace.

/// <summary>
/// Loaded into Portal's process and the demo backend's by the load run (<c>DOTNET_STARTUP_HOOKS</c>), so that their
/// allocations and JIT compilations can be read as the bare endpoint's are, without an endpoint of their own: when
/// <see cref="SocketKey"/> names a path, a background thread answers every connection to that Unix socket with
/// <see cref="Portal.LoadRun.Probe.RuntimeCounters.Current"/>, and closes it. Without the variable it does nothing. Only
/// the base library is used here, since the hook runs inside those processes.
/// </summary>
internal static class StartupHook
{
    public const string SocketKey = "LOADRUN_ALLOCATION_SOCKET";

    public static void Initialize()
    {
        if (Environment.GetEnvironmentVariable(SocketKey) is not { Length: > 0 } path)
        {
            return;
        }

        var listener = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        listener.Bind(new UnixDomainSocketEndPoint(path));
        listener.Listen(4);
        new Thread(() => Answer(listener)) { IsBackground = true, Name = "load run allocation probe" }.Start();
    }

    private static void Answer(Socket listener)
    {
        while (true)
        {
            using var connection = listener.Accept();
            connection.Send(Encoding.ASCII.GetBytes(Portal.LoadRun.Probe.RuntimeCounters.Current()));
            connection.Shutdown(SocketShutdown.Both);
        }
    }
}
