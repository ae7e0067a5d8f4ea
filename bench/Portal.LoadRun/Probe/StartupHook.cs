using System.Globalization;
using System.Net.Sockets;
using System.Text;

#pragma warning disable CA1050 // The runtime finds a startup hook only as a type named StartupHook outside any namespace.

/// <summary>
/// Loaded into Portal's process by the load run (<c>DOTNET_STARTUP_HOOKS</c>), so that Portal's allocations per request
/// can be measured as the bare endpoint's are, without an endpoint in Portal: when <see cref="SocketKey"/> names a path,
/// a background thread answers every connection to that Unix socket with <c>GC.GetTotalAllocatedBytes(precise: true)</c>
/// in decimal, and closes it. Without the variable it does nothing. Only the base library is used here, since the hook
/// runs inside Portal.
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
            connection.Send(Encoding.ASCII.GetBytes(GC.GetTotalAllocatedBytes(precise: true).ToString(CultureInfo.InvariantCulture)));
            connection.Shutdown(SocketShutdown.Both);
        }
    }
}
