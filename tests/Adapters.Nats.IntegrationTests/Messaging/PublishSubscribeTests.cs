using Portal.Adapters.Nats.IntegrationTests.Infrastructure;
using Portal.Adapters.Nats.Messaging;

namespace Portal.Adapters.Nats.IntegrationTests.Messaging;

/// <summary>Publishing and subscribing through the seam, against a peer on the official client.</summary>
public sealed class PublishSubscribeTests(NatsServerFixture nats) : IClassFixture<NatsServerFixture>
{
    [Fact]
    public async Task The_bus_reports_connected_until_disposed()
    {
        var bus = await TestBus.ConnectAsync(nats.Url);
        Assert.True(bus.IsConnected);

        await bus.DisposeAsync();

        Assert.False(bus.IsConnected);
    }

    [Fact]
    public async Task A_subscription_yields_messages_in_order_and_unsubscribes_when_cancelled()
    {
        await using var service = await TestBus.ServiceAsync(nats.Url);
        await using var portal = await TestBus.ConnectAsync(nats.Url);
        using var stop = new CancellationTokenSource();
        var subscribed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var messages = portal.SubscribeAsync("live.>", subscribed.SetResult, stop.Token).GetAsyncEnumerator(CancellationToken.None);
        var first = messages.MoveNextAsync();
        await subscribed.Task.WaitAsync(TestBus.Guard);
        await portal.FlushAsync(CancellationToken.None);

        for (var i = 0; i < 100; i++)
        {
            await service.PublishAsync("live.items." + i, TestBus.Bytes("m" + i));
        }

        Assert.True(await first.AsTask().WaitAsync(TestBus.Guard));
        for (var i = 0; i < 100; i++)
        {
            if (i > 0)
            {
                Assert.True(await messages.MoveNextAsync().AsTask().WaitAsync(TestBus.Guard));
            }

            Assert.Equal(("live.items." + i, "m" + i), (messages.Current.Subject, TestBus.Text(messages.Current.Payload)));
        }

        Assert.Equal(1, portal.SubscriptionCount);
        var next = messages.MoveNextAsync();
        await stop.CancelAsync();
        Assert.False(await next.AsTask().WaitAsync(TestBus.Guard));
        await messages.DisposeAsync();
        Assert.Equal(0, portal.SubscriptionCount);
    }

    [Fact]
    public async Task A_message_published_through_the_seam_reaches_a_peer()
    {
        await using var service = await TestBus.ServiceAsync(nats.Url);
        await using IMessageBus portal = await TestBus.ConnectAsync(nats.Url);
        await using var received = await service.SubscribeCoreAsync<byte[]>("out.news");
        await service.PingAsync();

        await portal.PublishAsync("out.news", TestBus.Bytes("hello"), CancellationToken.None);

        var message = await received.Msgs.ReadAsync().AsTask().WaitAsync(TestBus.Guard);
        Assert.Equal("hello", TestBus.Text(message.Data));
    }
}
