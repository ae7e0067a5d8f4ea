using System.Net;
using System.Net.Sockets;

namespace Portal.LoadRun.Hosting;

internal static class FreePort
{
    /// <summary>A loopback port nobody listens on right now (the system picks it; it stays free unless someone races for it).</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
