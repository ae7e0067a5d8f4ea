using Portal.Adapters.Nats.IntegrationTests.Infrastructure;

namespace Portal.Adapters.Nats.IntegrationTests.Transport;

public sealed class ScriptedServerTests
{
    [Fact]
    public async Task Frames_dribbled_one_byte_per_write_are_delivered_intact()
    {
        using var server = new ScriptedNatsServer();
        using var guard = new CancellationTokenSource(TestBus.Guard);
        var accepting = server.AcceptAsync(guard.Token);
        await using var connection = await TestBus.ConnectAsync(server.Url);
        using var client = await accepting;
        await using var subscription = connection.Subscribe("split.x", queueGroup: null);
        var sub = await client.ReadLineAsync(guard.Token);
        var sid = sub.Split(' ')[^1];
        const string Headers = "NATS/1.0\r\nKey: a\r\nkey: b\r\n\r\n";

        await client.SendByteByByteAsync(
            $"MSG split.x {sid} reply.1 7\r\nhel\r\nlo\r\n"
            + $"HMSG split.x {sid} {Headers.Length} {Headers.Length + 3}\r\n{Headers}end\r\n");

        var first = await subscription.ReadAsync(guard.Token);
        var second = await subscription.ReadAsync(guard.Token);
        Assert.Equal(("reply.1", "hel\r\nlo"), (first.ReplyTo, TestBus.Text(first.Payload)));
        Assert.Equal("end", TestBus.Text(second.Payload));
        Assert.Equal([new("Key", "a"), new KeyValuePair<string, string>("key", "b")], second.Headers!.ToList());
    }

    [Fact]
    public async Task Server_ping_is_answered_with_pong()
    {
        using var server = new ScriptedNatsServer();
        using var guard = new CancellationTokenSource(TestBus.Guard);
        var accepting = server.AcceptAsync(guard.Token);
        await using var connection = await TestBus.ConnectAsync(server.Url);
        using var client = await accepting;

        await client.SendAsync("PING\r\n");

        Assert.Equal("PONG", await client.ReadLineAsync(guard.Token));
    }

    [Fact]
    public async Task Fatal_server_error_ends_the_socket_and_the_client_reconnects()
    {
        var log = new RecordingLogger();
        using var server = new ScriptedNatsServer();
        using var guard = new CancellationTokenSource(TestBus.Guard);
        var accepting = server.AcceptAsync(guard.Token);
        await using var connection = await TestBus.ConnectAsync(server.Url, o => o.Logger = log);
        var first = await accepting;

        var second = server.AcceptAsync(guard.Token);
        await first.SendAsync("-ERR 'Stale Connection'\r\n");
        using var replacement = await second;
        first.Dispose();
        await connection.WaitForReconnectsAsync(1, guard.Token);

        Assert.Contains(log.Entries, e => e.Id.Id == 8 && e.Message.Contains("Stale Connection", StringComparison.Ordinal));
        Assert.Equal(1, log.Count(2));
    }
}
