using System.Diagnostics;
using Portal.Adapters.Nats.IntegrationTests.Infrastructure;
using Portal.Adapters.Nats.Messaging;
using Portal.Adapters.Nats.Transport;

namespace Portal.Adapters.Nats.IntegrationTests.Transport;

public sealed class ReconnectTests : IAsyncLifetime
{
    private readonly UnobservedTaskExceptions _unobserved = new();
    private NatsServer _server = null!;

    public async Task InitializeAsync() => _server = await NatsServer.StartAsync();

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _unobserved.Dispose();
    }

    [Fact]
    public async Task In_flight_requests_fail_fast_with_connection_lost_when_the_server_dies()
    {
        var log = new RecordingLogger();
        await using var service = await TestBus.ConnectAsync(_server.Url);
        await using var portal = await TestBus.ConnectAsync(_server.Url, o => o.Logger = log);
        await using var silent = service.Subscribe("svc.hang", queueGroup: null);
        await service.FlushAsync(CancellationToken.None);
        var clock = Stopwatch.StartNew();

        var requests = Enumerable.Range(0, 5)
            .Select(i => portal.RequestAsync("svc.hang", "portal.lost.r" + i, TestBus.Bytes("x"), TestBus.LongTimeout, CancellationToken.None))
            .ToArray();
        for (var i = 0; i < requests.Length; i++)
        {
            await silent.ReadAsync(CancellationToken.None).AsTask().WaitAsync(TestBus.Guard);
        }

        await _server.KillAsync();

        foreach (var request in requests)
        {
            var error = await Assert.ThrowsAsync<ConnectionLostException>(() => request.WaitAsync(TestBus.Guard));
            Assert.Equal("svc.hang", error.Subject);
        }

        Assert.True(clock.Elapsed < TestBus.LongTimeout);
        Assert.Equal(0, portal.PendingRequestCount);
        Assert.False(portal.IsConnected);
        Assert.Equal(1, log.Count(2));
    }

    [Fact]
    public async Task Request_made_while_disconnected_fails_at_once()
    {
        await using var portal = await TestBus.ConnectAsync(_server.Url);
        await _server.KillAsync();
        await portal.WaitForConnectionStateAsync(connected: false, CancellationToken.None).WaitAsync(TestBus.Guard);

        await Assert.ThrowsAsync<ConnectionLostException>(
            () => portal.RequestAsync("svc.any", "portal.offline.r1", TestBus.Bytes("x"), TestBus.LongTimeout, CancellationToken.None).WaitAsync(TestBus.Guard));

        Assert.Equal(0, portal.PendingRequestCount);
    }

    [Fact]
    public async Task Subscriptions_and_reply_muxes_resume_after_the_server_restarts()
    {
        var log = new RecordingLogger();
        await using var service = await TestBus.ConnectAsync(_server.Url);
        await using var portal = await TestBus.ConnectAsync(_server.Url, o => o.Logger = log);
        using var stop = new CancellationTokenSource();
        var responder = await TestBus.StartEchoAsync(service, "svc.echo", stop.Token);
        await using var events = portal.Subscribe("events.>", queueGroup: null);
        var before = await portal.RequestAsync("svc.echo", "portal.mux.before", TestBus.Bytes("1"), TestBus.Guard, CancellationToken.None);

        await _server.RestartAsync();
        await portal.WaitForReconnectsAsync(1, CancellationToken.None).WaitAsync(TestBus.Guard);
        await service.WaitForReconnectsAsync(1, CancellationToken.None).WaitAsync(TestBus.Guard);

        await service.PublishAsync("events.after", TestBus.Bytes("resumed"), CancellationToken.None);
        var message = await events.ReadAsync(CancellationToken.None).AsTask().WaitAsync(TestBus.Guard);
        Assert.Equal("resumed", TestBus.Text(message.Payload));
        var after = await portal.RequestAsync("svc.echo", "portal.mux.after", TestBus.Bytes("2"), TestBus.Guard, CancellationToken.None);
        Assert.Equal(["1", "2"], new[] { TestBus.Text(before.Payload), TestBus.Text(after.Payload) });
        Assert.Equal(1, log.Count(3));
        await stop.CancelAsync();
        await responder.WaitAsync(TestBus.Guard);
    }

    [Fact]
    public async Task Publishes_made_while_disconnected_are_sent_after_resubscribing()
    {
        await using var connection = await TestBus.ConnectAsync(_server.Url);
        await using var subscription = connection.Subscribe("buffered.>", queueGroup: null);
        await connection.FlushAsync(CancellationToken.None);

        await _server.KillAsync();
        await connection.WaitForConnectionStateAsync(connected: false, CancellationToken.None).WaitAsync(TestBus.Guard);
        for (var i = 0; i < 10; i++)
        {
            await connection.PublishAsync("buffered.m" + i, TestBus.Bytes("m" + i), CancellationToken.None);
        }

        await _server.RestartAsync();

        for (var i = 0; i < 10; i++)
        {
            var message = await subscription.ReadAsync(CancellationToken.None).AsTask().WaitAsync(TestBus.Guard);
            Assert.Equal("m" + i, TestBus.Text(message.Payload));
        }
    }

    [Fact]
    public async Task Publish_beyond_the_reconnect_buffer_fails_clearly()
    {
        await using var connection = await TestBus.ConnectAsync(_server.Url, o => o.ReconnectBufferBytes = 1024);
        await _server.KillAsync();
        await connection.WaitForConnectionStateAsync(connected: false, CancellationToken.None).WaitAsync(TestBus.Guard);

        await connection.PublishAsync("buffered.first", new byte[600], CancellationToken.None);
        var error = await Assert.ThrowsAsync<NatsReconnectBufferFullException>(
            async () => await connection.PublishAsync("buffered.second", new byte[600], CancellationToken.None));

        Assert.Equal("buffered.second", error.Subject);
        Assert.Equal(1024, error.LimitBytes);
    }

    [Fact]
    public async Task Connection_closes_for_good_after_the_allowed_reconnect_attempts()
    {
        var log = new RecordingLogger();
        await using var connection = await TestBus.ConnectAsync(_server.Url, o => (o.MaxReconnectAttempts, o.Logger) = (3, log));
        await _server.KillAsync();
        await connection.WaitForConnectionStateAsync(connected: false, CancellationToken.None).WaitAsync(TestBus.Guard);

        await Assert.ThrowsAsync<NatsConnectionException>(
            () => connection.WaitForConnectionStateAsync(connected: true, CancellationToken.None).WaitAsync(TestBus.Guard));

        Assert.Equal(1, log.Count(5));
        Assert.Equal(3, log.Count(4));
        await Assert.ThrowsAsync<NatsConnectionException>(async () => await connection.PublishAsync("after.close", TestBus.Bytes("x"), CancellationToken.None));
    }

    [Fact]
    public async Task Unanswered_pings_mark_the_connection_dead_and_it_recovers()
    {
        await using var connection = await TestBus.ConnectAsync(_server.Url, o =>
        {
            o.PingInterval = TimeSpan.FromMilliseconds(100);
            o.MaxPingsOutstanding = 2;
            o.ConnectTimeout = TimeSpan.FromSeconds(1);
        });

        await _server.PauseAsync();
        await connection.WaitForConnectionStateAsync(connected: false, CancellationToken.None).WaitAsync(TestBus.Guard);
        await _server.ResumeAsync();
        await connection.WaitForConnectionStateAsync(connected: true, CancellationToken.None).WaitAsync(TestBus.Guard);

        await connection.FlushAsync(CancellationToken.None).WaitAsync(TestBus.Guard);
    }

    [Fact]
    public async Task Dispose_while_reconnecting_completes_promptly_and_leaks_nothing()
    {
        var connection = await TestBus.ConnectAsync(_server.Url);
        var subscription = connection.Subscribe("gone.>", queueGroup: null);
        var reading = Task.Run(async () =>
        {
            await foreach (var unused in subscription.ReadAllAsync(CancellationToken.None))
            {
            }
        });
        await _server.KillAsync();
        await connection.WaitForConnectionStateAsync(connected: false, CancellationToken.None).WaitAsync(TestBus.Guard);

        await connection.DisposeAsync().AsTask().WaitAsync(TestBus.Guard);

        await reading.WaitAsync(TestBus.Guard);
        Assert.Equal(0, connection.PendingRequestCount);
        Assert.Equal(0, connection.SubscriptionCount);
        _unobserved.AssertNone();
    }

    [Fact]
    public async Task Kill_and_restart_during_traffic_leaves_no_pending_requests_or_unobserved_exceptions()
    {
        await using var service = await TestBus.ConnectAsync(_server.Url);
        var portal = await TestBus.ConnectAsync(_server.Url);
        using var stop = new CancellationTokenSource();
        var responder = await TestBus.StartEchoAsync(service, "svc.busy", stop.Token);

        var traffic = Enumerable.Range(0, 8).Select(worker => Task.Run(async () =>
        {
            var outcomes = new List<string>();
            for (var i = 0; i < 50; i++)
            {
                try
                {
                    await portal.RequestAsync("svc.busy", $"portal.busy{worker}.r{i}", TestBus.Bytes("x"), TestBus.LongTimeout, CancellationToken.None);
                    outcomes.Add("ok");
                }
                catch (ConnectionLostException)
                {
                    outcomes.Add("lost");
                }
                catch (NoRespondersException)
                {
                    outcomes.Add("no responders");
                }
            }

            return outcomes;
        })).ToArray();
        await _server.RestartAsync();
        var results = await Task.WhenAll(traffic).WaitAsync(TestBus.Guard);
        await portal.WaitForReconnectsAsync(1, CancellationToken.None).WaitAsync(TestBus.Guard);
        await service.WaitForReconnectsAsync(1, CancellationToken.None).WaitAsync(TestBus.Guard);

        Assert.Equal(400, results.Sum(r => r.Count));
        Assert.Equal(0, portal.PendingRequestCount);
        await stop.CancelAsync();
        await responder.WaitAsync(TestBus.Guard);
        await portal.DisposeAsync().AsTask().WaitAsync(TestBus.Guard);
        _unobserved.AssertNone();
    }
}
