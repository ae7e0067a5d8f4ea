using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Portal.Adapters.Nats.IntegrationTests.Infrastructure;

/// <summary>
/// A hand-driven stand-in for nats-server on a loopback port: the test decides every byte the client receives, to
/// reach protocol situations a real server will not produce on demand (fatal -ERR, frames dribbled byte by byte).
/// </summary>
public sealed class ScriptedNatsServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);

    public ScriptedNatsServer() => _listener.Start();

    public string Url => "nats://127.0.0.1:" + ((IPEndPoint)_listener.LocalEndpoint).Port.ToString(CultureInfo.InvariantCulture);

    /// <summary>Accepts the next client and completes its handshake (INFO, CONNECT … PING, PONG).</summary>
    public async Task<ScriptedClient> AcceptAsync(CancellationToken cancellationToken)
    {
        var socket = await _listener.AcceptSocketAsync(cancellationToken);
        var client = new ScriptedClient(socket);
        await client.SendAsync("INFO {\"server_id\":\"scripted\",\"version\":\"2.9.10\",\"max_payload\":1048576,\"headers\":true,\"proto\":1}\r\n");
        Assert.StartsWith("CONNECT {", await client.ReadLineAsync(cancellationToken), StringComparison.Ordinal);
        while (await client.ReadLineAsync(cancellationToken) != "PING")
        {
        }

        await client.SendAsync("PONG\r\n");
        return client;
    }

    public void Dispose() => _listener.Stop();
}
