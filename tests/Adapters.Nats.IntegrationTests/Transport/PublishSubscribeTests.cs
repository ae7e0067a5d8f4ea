using Portal.Adapters.Nats.IntegrationTests.Infrastructure;
using Portal.Adapters.Nats.Messaging;

namespace Portal.Adapters.Nats.IntegrationTests.Transport;

public sealed class PublishSubscribeTests(NatsServerFixture nats) : IClassFixture<NatsServerFixture>
{
    [Fact]
    public async Task Connection_reports_connected_until_disposed()
    {
        var bus = await TestBus.ConnectAsync(nats.Url);
        Assert.True(bus.IsConnected);

        await bus.DisposeAsync();

        Assert.False(bus.IsConnected);
    }

    [Fact]
    public async Task Published_messages_reach_a_wildcard_subscriber_in_order()
    {
        await using var subscriber = await TestBus.ConnectAsync(nats.Url);
        await using IMessageBus publisher = await TestBus.ConnectAsync(nats.Url);
        using var stop = new CancellationTokenSource();
        await using var subscription = subscriber.Subscribe("feed.>", queueGroup: null);
        await subscriber.FlushAsync(CancellationToken.None);

        for (var i = 0; i < 100; i++)
        {
            await publisher.PublishAsync("feed.items." + i, TestBus.Bytes("m" + i), CancellationToken.None);
        }

        for (var i = 0; i < 100; i++)
        {
            var message = await subscription.ReadAsync(CancellationToken.None).AsTask().WaitAsync(TestBus.Guard);
            Assert.Equal("feed.items." + i, message.Subject);
            Assert.Equal("m" + i, TestBus.Text(message.Payload));
        }
    }

    [Fact]
    public async Task Seam_subscription_yields_messages_and_unsubscribes_when_cancelled()
    {
        await using var connection = await TestBus.ConnectAsync(nats.Url);
        IMessageBus bus = connection;
        using var stop = new CancellationTokenSource();
        var subscriptionsBefore = connection.SubscriptionCount;
        var messages = bus.SubscribeAsync("live.news", stop.Token).GetAsyncEnumerator(CancellationToken.None);

        // The first MoveNext subscribes before it waits; a publish on the same connection follows that SUB.
        var first = messages.MoveNextAsync();
        await bus.PublishAsync("live.news", TestBus.Bytes("hello"), CancellationToken.None);

        Assert.True(await first.AsTask().WaitAsync(TestBus.Guard));
        Assert.Equal("hello", TestBus.Text(messages.Current.Payload));
        var next = messages.MoveNextAsync();
        await stop.CancelAsync();
        Assert.False(await next.AsTask().WaitAsync(TestBus.Guard));
        await messages.DisposeAsync();
        Assert.Equal(subscriptionsBefore, connection.SubscriptionCount);
    }

    [Fact]
    public async Task Queue_group_delivers_each_message_to_one_member()
    {
        await using var members = await TestBus.ConnectAsync(nats.Url);
        await using var publisher = await TestBus.ConnectAsync(nats.Url);
        await using var first = members.Subscribe("work.jobs", "workers");
        await using var second = members.Subscribe("work.jobs", "workers");
        await members.FlushAsync(CancellationToken.None);

        for (var i = 0; i < 50; i++)
        {
            await publisher.PublishAsync("work.jobs", TestBus.Bytes("j" + i), CancellationToken.None);
        }

        await publisher.FlushAsync(CancellationToken.None);
        await members.FlushAsync(CancellationToken.None);

        Assert.Equal(50, first.PendingMessages + second.PendingMessages);
    }

    [Fact]
    public async Task Message_with_reply_subject_carries_it()
    {
        await using var connection = await TestBus.ConnectAsync(nats.Url);
        await using var subscription = connection.Subscribe("with.reply", queueGroup: null);

        await connection.PublishAsync("with.reply", "answer.here", headers: null, TestBus.Bytes("q"), CancellationToken.None);

        var message = await subscription.ReadAsync(CancellationToken.None).AsTask().WaitAsync(TestBus.Guard);
        Assert.Equal("answer.here", message.ReplyTo);
    }

    [Fact]
    public async Task Empty_payload_round_trips()
    {
        await using var connection = await TestBus.ConnectAsync(nats.Url);
        await using var subscription = connection.Subscribe("empty.payload", queueGroup: null);

        await connection.PublishAsync("empty.payload", ReadOnlyMemory<byte>.Empty, CancellationToken.None);

        var message = await subscription.ReadAsync(CancellationToken.None).AsTask().WaitAsync(TestBus.Guard);
        Assert.True(message.Payload.IsEmpty);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("a..b")]
    [InlineData("a.*")]
    [InlineData("a.>")]
    [InlineData("tab\there")]
    public async Task Malformed_publish_subject_is_refused_with_the_reason(string subject)
    {
        await using var connection = await TestBus.ConnectAsync(nats.Url);

        var error = await Assert.ThrowsAsync<ArgumentException>(async () => await connection.PublishAsync(subject, TestBus.Bytes("x"), CancellationToken.None));

        Assert.Equal("subject", error.ParamName);
    }

    [Theory]
    [InlineData("")]
    [InlineData("reply.*")]
    [InlineData("reply..to")]
    public async Task Malformed_reply_to_of_a_publish_is_refused(string replyTo)
    {
        await using var connection = await TestBus.ConnectAsync(nats.Url);

        var error = await Assert.ThrowsAsync<ArgumentException>(
            async () => await connection.PublishAsync("a.b", replyTo, headers: null, TestBus.Bytes("x"), CancellationToken.None));

        Assert.Equal("replyTo", error.ParamName);
    }

    [Theory]
    [InlineData("a.>.b")]
    [InlineData("a..b")]
    [InlineData("")]
    public async Task Malformed_subscribe_subject_is_refused(string subject)
    {
        await using var connection = await TestBus.ConnectAsync(nats.Url);

        Assert.Throws<ArgumentException>(() => connection.Subscribe(subject, queueGroup: null));
    }

    [Fact]
    public async Task Dispose_unsubscribes_and_ends_every_subscription()
    {
        var connection = await TestBus.ConnectAsync(nats.Url);
        var subscription = connection.Subscribe("ends.here", queueGroup: null);
        var reading = Task.Run(async () =>
        {
            await foreach (var unused in subscription.ReadAllAsync(CancellationToken.None))
            {
            }
        });

        await connection.DisposeAsync().AsTask().WaitAsync(TestBus.Guard);

        await reading.WaitAsync(TestBus.Guard);
        await Assert.ThrowsAsync<ObjectDisposedException>(async () => await connection.PublishAsync("x.y", TestBus.Bytes("x"), CancellationToken.None));
    }
}
