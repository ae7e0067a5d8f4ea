using Portal.Adapters.Nats.IntegrationTests.Infrastructure;

namespace Portal.Adapters.Nats.IntegrationTests.Transport;

public sealed class SlowConsumerTests(NatsServerFixture nats) : IClassFixture<NatsServerFixture>
{
    private const int Capacity = 10;
    private const int Flood = 1000;

    [Fact]
    public async Task Full_unread_subscription_drops_messages_and_never_stalls_requests_on_the_same_connection()
    {
        var log = new RecordingLogger();
        await using var service = await TestBus.ConnectAsync(nats.Url);
        await using var flooder = await TestBus.ConnectAsync(nats.Url);
        await using var portal = await TestBus.ConnectAsync(nats.Url, o =>
        {
            o.SubscriptionCapacity = Capacity;
            o.Logger = log;
        });
        using var stop = new CancellationTokenSource();
        var responder = await TestBus.StartEchoAsync(service, "svc.echo", stop.Token);
        await using var neverRead = portal.Subscribe("flood.x", queueGroup: null);
        await portal.FlushAsync(CancellationToken.None);

        for (var i = 0; i < Flood; i++)
        {
            await flooder.PublishAsync("flood.x", new byte[128], CancellationToken.None);
        }

        await flooder.FlushAsync(CancellationToken.None);
        await portal.FlushAsync(CancellationToken.None).WaitAsync(TestBus.Guard);

        for (var i = 0; i < 20; i++)
        {
            var reply = await portal.RequestAsync("svc.echo", "portal.slow.r" + i, TestBus.Bytes("r" + i), TestBus.LongTimeout, CancellationToken.None)
                .WaitAsync(TestBus.Guard);
            Assert.Equal("r" + i, TestBus.Text(reply.Payload));
        }

        Assert.Equal(Capacity, neverRead.PendingMessages);
        Assert.Equal(Flood - Capacity, neverRead.DroppedMessages);
        Assert.Equal(Flood - Capacity, portal.DroppedMessages);
        Assert.Equal(1, log.Count(6));
        await stop.CancelAsync();
        await responder.WaitAsync(TestBus.Guard);
    }

    [Fact]
    public async Task Each_burst_of_drops_is_logged_once()
    {
        var log = new RecordingLogger();
        await using var flooder = await TestBus.ConnectAsync(nats.Url);
        await using var portal = await TestBus.ConnectAsync(nats.Url, o =>
        {
            o.SubscriptionCapacity = Capacity;
            o.Logger = log;
        });
        await using var slow = portal.Subscribe("burst.x", queueGroup: null);
        await portal.FlushAsync(CancellationToken.None);

        await FloodAsync();
        while (slow.TryRead(out _))
        {
        }

        await FloodAsync();

        Assert.Equal(2, log.Count(6));
        Assert.Equal(2 * (Flood - Capacity), slow.DroppedMessages);

        async Task FloodAsync()
        {
            for (var i = 0; i < Flood; i++)
            {
                await flooder.PublishAsync("burst.x", new byte[16], CancellationToken.None);
            }

            await flooder.FlushAsync(CancellationToken.None);
            await portal.FlushAsync(CancellationToken.None).WaitAsync(TestBus.Guard);
        }
    }
}
