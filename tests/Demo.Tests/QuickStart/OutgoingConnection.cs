using System.Net;
using System.Net.Sockets;

namespace Portal.Demo.Tests.QuickStart;

/// <summary>
/// A loopback TCP connection whose client end holds a local port, as any outgoing connection holds one from the
/// kernel's ephemeral range: nothing listens there, so a check for a listener finds the port free, yet no server can
/// bind it while the connection is open. This is how a port picked at random from that range turns out to be taken.
/// </summary>
internal sealed class OutgoingConnection : IDisposable
{
    private readonly TcpListener listener;
    private readonly TcpClient client;
    private readonly TcpClient accepted;

    private OutgoingConnection(TcpListener listener, TcpClient client, TcpClient accepted)
    {
        this.listener = listener;
        this.client = client;
        this.accepted = accepted;
    }

    /// <summary>The local port of the connection's client end.</summary>
    public int LocalPort => ((IPEndPoint)client.Client.LocalEndPoint!).Port;

    public static async Task<OutgoingConnection> OpenAsync()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var client = new TcpClient();
        var acceptance = listener.AcceptTcpClientAsync();
        await client.ConnectAsync((IPEndPoint)listener.LocalEndpoint);
        return new OutgoingConnection(listener, client, await acceptance);
    }

    public void Dispose()
    {
        client.Dispose();
        accepted.Dispose();
        listener.Dispose();
    }
}
