using Portal.Adapters.Nats.IntegrationTests.Infrastructure;
using Portal.Adapters.Nats.Transport;

namespace Portal.Adapters.Nats.IntegrationTests.Transport;

public sealed class HeadersAndPayloadLimitTests : IAsyncLifetime
{
    private const int MaxPayload = 1024;
    private NatsServer _server = null!;

    public async Task InitializeAsync() => _server = await NatsServer.StartAsync($"max_payload: {MaxPayload}");

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Headers_round_trip_with_repeated_keys_and_case_kept()
    {
        await using var connection = await TestBus.ConnectAsync(_server.Url);
        await using var subscription = connection.Subscribe("traced.orders", queueGroup: null);
        var headers = new NatsHeaders().Add("Trace-Id", "t1").Add("trace-id", "t2").Add("Trace-Id", "t3").Add("X-Empty", string.Empty);

        await connection.PublishAsync("traced.orders", "reply.here", headers, TestBus.Bytes("body"), CancellationToken.None);

        var message = await subscription.ReadAsync(CancellationToken.None).AsTask().WaitAsync(TestBus.Guard);
        Assert.Equal("body", TestBus.Text(message.Payload));
        Assert.Equal("reply.here", message.ReplyTo);
        Assert.Equal(
            [new("Trace-Id", "t1"), new("trace-id", "t2"), new("Trace-Id", "t3"), new KeyValuePair<string, string>("X-Empty", string.Empty)],
            message.Headers!.ToList());
        Assert.Null(message.Headers!.StatusCode);
    }

    [Fact]
    public async Task Server_max_payload_is_read_from_INFO()
    {
        await using var connection = await TestBus.ConnectAsync(_server.Url);

        Assert.Equal(MaxPayload, connection.MaxPayload);
    }

    [Fact]
    public async Task Payload_at_the_limit_goes_through()
    {
        await using var connection = await TestBus.ConnectAsync(_server.Url);
        await using var subscription = connection.Subscribe("big.ok", queueGroup: null);

        await connection.PublishAsync("big.ok", new byte[MaxPayload], CancellationToken.None);

        var message = await subscription.ReadAsync(CancellationToken.None).AsTask().WaitAsync(TestBus.Guard);
        Assert.Equal(MaxPayload, message.Payload.Length);
    }

    [Fact]
    public async Task Payload_over_the_limit_is_refused_before_sending_and_the_connection_stays_up()
    {
        await using var connection = await TestBus.ConnectAsync(_server.Url);
        await using var subscription = connection.Subscribe("big.*", queueGroup: null);

        var error = await Assert.ThrowsAsync<ArgumentException>(async () => await connection.PublishAsync("big.no", new byte[MaxPayload + 1], CancellationToken.None));

        Assert.Contains("1025", error.Message, StringComparison.Ordinal);
        Assert.Contains("1024", error.Message, StringComparison.Ordinal);
        await connection.PublishAsync("big.after", TestBus.Bytes("still up"), CancellationToken.None);
        var message = await subscription.ReadAsync(CancellationToken.None).AsTask().WaitAsync(TestBus.Guard);
        Assert.Equal("big.after", message.Subject);
        Assert.True(connection.IsConnected);
    }

    [Fact]
    public async Task Headers_count_towards_the_limit()
    {
        await using var connection = await TestBus.ConnectAsync(_server.Url);
        var headers = new NatsHeaders().Add("K", "v");

        await Assert.ThrowsAsync<ArgumentException>(
            async () => await connection.PublishAsync("big.headers", null, headers, new byte[MaxPayload], CancellationToken.None));
    }

    [Fact]
    public async Task Request_over_the_limit_is_refused_and_leaves_no_pending_entry()
    {
        await using var connection = await TestBus.ConnectAsync(_server.Url);

        await Assert.ThrowsAsync<ArgumentException>(
            () => connection.RequestAsync("big.request", "portal.big.1", new byte[MaxPayload + 1], TestBus.Guard, CancellationToken.None));

        Assert.Equal(0, connection.PendingRequestCount);
    }
}
