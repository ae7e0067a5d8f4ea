using NATS.Client.Core;
using Portal.Adapters.Nats.Connection;
using Portal.Adapters.Nats.IntegrationTests.Infrastructure;
using Portal.Adapters.Nats.Messaging;

namespace Portal.Adapters.Nats.IntegrationTests.Messaging;

/// <summary>A subscription whose reader falls behind loses messages, counted and logged once per burst, and stalls nothing else.</summary>
public sealed class SlowConsumerTests(NatsServerFixture nats) : IClassFixture<NatsServerFixture>
{
    private const int Overflow = 500;
    private const int Flood = NatsMessageBus.SubscriptionCapacity + Overflow;

    [Fact]
    public async Task A_full_unread_subscription_drops_messages_and_never_stalls_requests_on_the_same_connection()
    {
        var log = new RecordingLogger();
        await using var service = await TestBus.ServiceAsync(nats.Url);
        await using var portal = await TestBus.ConnectAsync(nats.Url, log.Factory());
        var slowBursts = CountSlowBursts(portal.Connection);
        var drops = CountDrops(portal.Connection);
        using var stop = new CancellationTokenSource();
        var responder = await TestBus.StartEchoAsync(service, "svc.echo", stop.Token);
        var (slow, first) = await SubscribeAsync(portal, "flood.x", stop.Token);
        await using var reading = slow;

        await FloodAsync(service, "flood.x");
        Assert.True(await first.WaitAsync(TestBus.Guard));
        for (var i = 0; i < 20; i++)
        {
            var reply = await portal.RequestAsync("svc.echo", "portal.slow.r" + i, TestBus.Bytes("r" + i), TestBus.LongTimeout, CancellationToken.None)
                .WaitAsync(TestBus.Guard);
            Assert.Equal("r" + i, TestBus.Text(reply.Payload));
        }

        await slowBursts(1).WaitAsync(TestBus.Guard);

        // The library reports the burst before the drops that follow its first one: wait until it has reported them.
        await drops(Overflow - 1).WaitAsync(TestBus.Guard);
        Assert.InRange(portal.DroppedMessages, Overflow - 1, Overflow);
        Assert.Equal(1, log.Count("fell behind"));
        await stop.CancelAsync();
        await responder.WaitAsync(TestBus.Guard);
    }

    [Fact]
    public async Task Each_burst_of_drops_is_logged_once()
    {
        var log = new RecordingLogger();
        await using var service = await TestBus.ServiceAsync(nats.Url);
        await using var portal = await TestBus.ConnectAsync(nats.Url, log.Factory());
        var slowBursts = CountSlowBursts(portal.Connection);
        var drops = CountDrops(portal.Connection);
        using var stop = new CancellationTokenSource();
        var (slow, first) = await SubscribeAsync(portal, "burst.x", stop.Token);
        await using var reading = slow;

        await FloodAsync(service, "burst.x");
        Assert.True(await first.WaitAsync(TestBus.Guard));
        await portal.FlushAsync(CancellationToken.None);
        await slowBursts(1).WaitAsync(TestBus.Guard);

        // The reader catches up with everything that was kept (a step completes at once while a message waits), then
        // falls behind again.
        var next = slow.MoveNextAsync();
        while (next.IsCompleted)
        {
            Assert.True(await next);
            next = slow.MoveNextAsync();
        }

        await FloodAsync(service, "burst.x");
        await slowBursts(2).WaitAsync(TestBus.Guard);
        Assert.True(await next.AsTask().WaitAsync(TestBus.Guard));

        // The library reports a burst before the drops that follow its first one: wait until it has reported them all.
        await drops(2 * (Overflow - 1)).WaitAsync(TestBus.Guard);
        Assert.Equal(2, log.Count("fell behind"));
        Assert.True(portal.DroppedMessages >= 2 * (Overflow - 1));
    }

    /// <summary>The subscription, made and confirmed by the server, and its first step, which waits for the first message.</summary>
    private static async Task<(IAsyncEnumerator<BusMessage> Messages, Task<bool> First)> SubscribeAsync(NatsMessageBus portal, string subject, CancellationToken stop)
    {
        var subscribed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var messages = portal.SubscribeAsync(subject, subscribed.SetResult, stop).GetAsyncEnumerator(stop);
        var first = messages.MoveNextAsync().AsTask();
        await subscribed.Task.WaitAsync(TestBus.Guard, CancellationToken.None);
        await portal.FlushAsync(CancellationToken.None);
        return (messages, first);
    }

    private static async Task FloodAsync(NatsConnection service, string subject)
    {
        for (var i = 0; i < Flood; i++)
        {
            await service.PublishAsync(subject, new byte[16]);
        }

        await service.PingAsync();
    }

    /// <summary>Completes when the library has reported the given number of slow bursts; the bus's handler, added first, ran before.</summary>
    private static Func<int, Task> CountSlowBursts(NatsConnection connection) =>
        CountReports(report => connection.SlowConsumerDetected += (_, _) => report());

    /// <summary>Completes when the library has reported the given number of dropped messages; the bus's handler, added first, ran before.</summary>
    private static Func<int, Task> CountDrops(NatsConnection connection) =>
        CountReports(report => connection.MessageDropped += (_, _) => report());

    private static Func<int, Task> CountReports(Action<Func<ValueTask>> subscribe)
    {
        var reports = 0;
        var waiters = new List<(int Count, TaskCompletionSource Done)>();
        subscribe(() =>
        {
            lock (waiters)
            {
                reports++;
                foreach (var waiter in waiters.Where(w => w.Count <= reports))
                {
                    waiter.Done.TrySetResult();
                }
            }

            return ValueTask.CompletedTask;
        });
        return count =>
        {
            lock (waiters)
            {
                var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                if (reports >= count)
                {
                    done.SetResult();
                }

                waiters.Add((count, done));
                return done.Task;
            }
        };
    }
}
