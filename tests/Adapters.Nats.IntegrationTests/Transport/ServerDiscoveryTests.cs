using Portal.Adapters.Nats.IntegrationTests.Infrastructure;
using Portal.Adapters.Nats.Messaging;

namespace Portal.Adapters.Nats.IntegrationTests.Transport;

public sealed class ServerDiscoveryTests
{
    [Fact]
    public async Task Connection_started_while_no_server_runs_connects_once_one_does_when_asked_to_retry()
    {
        await using var server = await NatsServer.StartAsync();
        await server.KillAsync();

        await using var connection = await TestBus.ConnectAsync(server.Url, o => o.RetryOnInitialConnect = true);
        Assert.False(connection.IsConnected);
        await Assert.ThrowsAsync<ConnectionLostException>(
            () => connection.RequestAsync("svc.any", "portal.early.r1", TestBus.Bytes("x"), TestBus.LongTimeout, CancellationToken.None).WaitAsync(TestBus.Guard));
        await server.RestartAsync();

        await connection.WaitForConnectionStateAsync(connected: true, CancellationToken.None).WaitAsync(TestBus.Guard);
        await connection.FlushAsync(CancellationToken.None).WaitAsync(TestBus.Guard);
    }

    [Fact]
    public async Task Servers_announced_in_INFO_are_used_for_reconnecting()
    {
        var seedRoute = NatsServer.FreePort();
        await using var seed = await NatsServer.StartAsync($"cluster {{ name: portal, listen: \"127.0.0.1:{seedRoute}\" }}");
        await using var connection = await TestBus.ConnectAsync(seed.Url);

        // The peer joins after the client is connected, so the seed announces it in an INFO sent mid-connection.
        await using var peer = await NatsServer.StartAsync(
            $"cluster {{ name: portal, listen: \"127.0.0.1:{NatsServer.FreePort()}\", routes: [\"nats-route://127.0.0.1:{seedRoute}\"] }}");
        await connection.WaitForKnownServersAsync(2, CancellationToken.None).WaitAsync(TestBus.Guard);

        await seed.KillAsync();

        await connection.WaitForReconnectsAsync(1, CancellationToken.None).WaitAsync(TestBus.Guard);
        await connection.FlushAsync(CancellationToken.None).WaitAsync(TestBus.Guard);
        Assert.Contains($"nats://127.0.0.1:{peer.Port}", connection.KnownServers);
    }
}
