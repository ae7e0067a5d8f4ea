using System.Diagnostics;
using NATS.Client.Core;
using Portal.Adapters.Nats.IntegrationTests.Infrastructure;
using Portal.Adapters.Nats.Messaging;

namespace Portal.Adapters.Nats.IntegrationTests.Messaging;

/// <summary>The bus when its server dies and comes back: requests fail at once, subscriptions resume and say so.</summary>
public sealed class ReconnectTests : IAsyncLifetime
{
    private NatsServer server = null!;

    public async Task InitializeAsync() => server = await NatsServer.StartAsync();

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task In_flight_requests_fail_fast_with_connection_lost_when_the_server_dies()
    {
        var log = new RecordingLogger();
        await using var service = await TestBus.ServiceAsync(server.Url);
        await using var portal = await TestBus.ConnectAsync(server.Url, log.Factory());
        await using var silent = await service.SubscribeCoreAsync<byte[]>("svc.hang");
        await service.PingAsync();
        var clock = Stopwatch.StartNew();

        var requests = Enumerable.Range(0, 5)
            .Select(i => portal.RequestAsync("svc.hang", "portal.lost.r" + i, TestBus.Bytes("x"), TestBus.LongTimeout, CancellationToken.None))
            .ToArray();
        for (var i = 0; i < requests.Length; i++)
        {
            await silent.Msgs.ReadAsync().AsTask().WaitAsync(TestBus.Guard);
        }

        await server.KillAsync();

        foreach (var request in requests)
        {
            var error = await Assert.ThrowsAsync<ConnectionLostException>(() => request.WaitAsync(TestBus.Guard));
            Assert.Equal("svc.hang", error.Subject);
        }

        Assert.True(clock.Elapsed < TestBus.LongTimeout);
        Assert.Equal(0, portal.PendingRequestCount);
        Assert.False(portal.IsConnected);
        Assert.Equal(1, log.Count("NATS connection to"));
    }

    [Fact]
    public async Task A_request_made_while_disconnected_fails_at_once()
    {
        await using var portal = await TestBus.ConnectAsync(server.Url);
        var lost = TestBus.NextLossAsync(portal);
        await server.KillAsync();
        await lost.WaitAsync(TestBus.Guard);

        await Assert.ThrowsAsync<ConnectionLostException>(
            () => portal.RequestAsync("svc.any", "portal.offline.r1", TestBus.Bytes("x"), TestBus.LongTimeout, CancellationToken.None).WaitAsync(TestBus.Guard));
        await Assert.ThrowsAsync<NotConnectedException>(() => portal.FlushAsync(CancellationToken.None).WaitAsync(TestBus.Guard));
        Assert.Equal(0, portal.PendingRequestCount);
    }

    [Fact]
    public async Task Subscriptions_and_reply_subscriptions_resume_after_the_server_restarts_and_the_bus_says_so()
    {
        await using var service = await TestBus.ServiceAsync(server.Url);
        await using var portal = await TestBus.ConnectAsync(server.Url);
        using var stop = new CancellationTokenSource();
        var responder = await TestBus.StartEchoAsync(service, "svc.echo", stop.Token);
        var subscribed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var events = portal.SubscribeAsync("events.>", subscribed.SetResult, stop.Token).GetAsyncEnumerator();
        var first = events.MoveNextAsync().AsTask();
        await subscribed.Task.WaitAsync(TestBus.Guard);
        await portal.FlushAsync(CancellationToken.None);
        var before = await portal.RequestAsync("svc.echo", "portal.mux.before", TestBus.Bytes("1"), TestBus.Guard, CancellationToken.None);
        var lost = TestBus.NextLossAsync(portal);
        var restored = TestBus.NextRestoreAsync(portal);
        var serviceBack = NextOpenAsync(service);

        await server.RestartAsync();
        await lost.WaitAsync(TestBus.Guard);
        await restored.WaitAsync(TestBus.Guard);
        await serviceBack.WaitAsync(TestBus.Guard);
        await service.PingAsync();

        await service.PublishAsync("events.after", TestBus.Bytes("resumed"));
        Assert.True(await first.WaitAsync(TestBus.Guard));
        Assert.Equal("resumed", TestBus.Text(events.Current.Payload));
        var after = await portal.RequestAsync("svc.echo", "portal.mux.after", TestBus.Bytes("2"), TestBus.Guard, CancellationToken.None);
        Assert.Equal(["1", "2"], new[] { TestBus.Text(before.Payload), TestBus.Text(after.Payload) });
        await stop.CancelAsync();
        await responder.WaitAsync(TestBus.Guard);
    }

    [Fact]
    public async Task Kill_and_restart_during_traffic_leaves_no_pending_requests()
    {
        await using var service = await TestBus.ServiceAsync(server.Url);
        await using var portal = await TestBus.ConnectAsync(server.Url);
        using var stop = new CancellationTokenSource();
        var responder = await TestBus.StartEchoAsync(service, "svc.busy", stop.Token);
        var restored = TestBus.NextRestoreAsync(portal);

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
                catch (Exception exception) when (exception is ConnectionLostException or NoRespondersException)
                {
                    outcomes.Add(exception.GetType().Name);
                }
            }

            return outcomes;
        })).ToArray();
        await server.RestartAsync();
        var results = await Task.WhenAll(traffic).WaitAsync(TestBus.Guard);
        await restored.WaitAsync(TestBus.Guard);

        Assert.Equal(400, results.Sum(r => r.Count));
        Assert.Equal(0, portal.PendingRequestCount);
        await stop.CancelAsync();
        await responder.WaitAsync(TestBus.Guard);
    }

    private static Task NextOpenAsync(NatsConnection connection)
    {
        var opened = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        connection.ConnectionOpened += (_, _) =>
        {
            opened.TrySetResult();
            return ValueTask.CompletedTask;
        };
        return opened.Task;
    }
}
