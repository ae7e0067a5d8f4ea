using System.Diagnostics;
using Portal.Adapters.Nats.IntegrationTests.Infrastructure;
using Portal.Adapters.Nats.Messaging;

namespace Portal.Adapters.Nats.IntegrationTests.Transport;

public sealed class RequestReplyTests(NatsServerFixture nats) : IClassFixture<NatsServerFixture>
{
    [Fact]
    public async Task Request_gets_the_reply_of_a_responder()
    {
        await using var service = await TestBus.ConnectAsync(nats.Url);
        await using IMessageBus portal = await TestBus.ConnectAsync(nats.Url);
        using var stop = new CancellationTokenSource();
        var responder = await TestBus.StartResponderAsync(service, "svc.greet", r => TestBus.Bytes("hello " + TestBus.Text(r.Payload)), stop.Token);

        var reply = await portal.RequestAsync("svc.greet", "portal.replies.r1", TestBus.Bytes("ann"), TestBus.Guard, CancellationToken.None);

        Assert.Equal("hello ann", TestBus.Text(reply.Payload));
        Assert.Equal("portal.replies.r1", reply.Subject);
        await stop.CancelAsync();
        await responder.WaitAsync(TestBus.Guard);
    }

    [Fact]
    public async Task Request_nobody_serves_fails_at_once_with_no_responders()
    {
        await using IMessageBus portal = await TestBus.ConnectAsync(nats.Url);
        var clock = Stopwatch.StartNew();

        var request = portal.RequestAsync("svc.nobody", "portal.replies.r2", TestBus.Bytes("x"), TestBus.LongTimeout, CancellationToken.None);

        var error = await Assert.ThrowsAsync<NoRespondersException>(() => request.WaitAsync(TestBus.Guard));
        Assert.Equal("svc.nobody", error.Subject);
        Assert.True(clock.Elapsed < TestBus.Guard, "no responders must not wait for the timeout");
    }

    [Fact]
    public async Task Request_without_reply_times_out_and_leaves_no_pending_entry()
    {
        await using var service = await TestBus.ConnectAsync(nats.Url);
        await using var portal = await TestBus.ConnectAsync(nats.Url);
        await using var silent = service.Subscribe("svc.silent", queueGroup: null);
        await service.FlushAsync(CancellationToken.None);

        await Assert.ThrowsAsync<RequestTimedOutException>(
            () => portal.RequestAsync("svc.silent", "portal.replies.r3", TestBus.Bytes("x"), TimeSpan.FromMilliseconds(200), CancellationToken.None));

        Assert.Equal(0, portal.PendingRequestCount);
    }

    [Fact]
    public async Task Cancelled_request_throws_and_leaves_no_pending_entry()
    {
        await using var service = await TestBus.ConnectAsync(nats.Url);
        await using var portal = await TestBus.ConnectAsync(nats.Url);
        await using var silent = service.Subscribe("svc.slow", queueGroup: null);
        await service.FlushAsync(CancellationToken.None);
        using var cancel = new CancellationTokenSource();

        var request = portal.RequestAsync("svc.slow", "portal.replies.r4", TestBus.Bytes("x"), TestBus.LongTimeout, cancel.Token);
        await silent.ReadAsync(CancellationToken.None).AsTask().WaitAsync(TestBus.Guard);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => request.WaitAsync(TestBus.Guard));
        Assert.Equal(0, portal.PendingRequestCount);
    }

    [Fact]
    public async Task Concurrent_requests_share_one_reply_subscription_and_each_gets_its_own_reply()
    {
        await using var service = await TestBus.ConnectAsync(nats.Url);
        await using var portal = await TestBus.ConnectAsync(nats.Url);
        using var stop = new CancellationTokenSource();
        var responder = await TestBus.StartEchoAsync(service, "svc.echo", stop.Token);
        var subscriptionsBefore = portal.SubscriptionCount;

        var requests = Enumerable.Range(0, 64)
            .Select(i => portal.RequestAsync("svc.echo", "portal.mux.q" + i, TestBus.Bytes("n" + i), TestBus.Guard, CancellationToken.None))
            .ToArray();
        var replies = await Task.WhenAll(requests).WaitAsync(TestBus.Guard);

        Assert.Equal(Enumerable.Range(0, 64).Select(i => "n" + i), replies.Select(r => TestBus.Text(r.Payload)));
        Assert.Equal(subscriptionsBefore + 1, portal.SubscriptionCount);
        Assert.Equal(0, portal.PendingRequestCount);
        await stop.CancelAsync();
        await responder.WaitAsync(TestBus.Guard);
    }

    [Fact]
    public async Task Responder_may_answer_by_publishing_to_the_reply_subject_itself()
    {
        await using var service = await TestBus.ConnectAsync(nats.Url);
        await using var portal = await TestBus.ConnectAsync(nats.Url);
        await using var incoming = service.Subscribe("svc.indirect", queueGroup: null);
        await service.FlushAsync(CancellationToken.None);

        var request = portal.RequestAsync("svc.indirect", "portal.indirect.r5", TestBus.Bytes("x"), TestBus.Guard, CancellationToken.None);
        await incoming.ReadAsync(CancellationToken.None).AsTask().WaitAsync(TestBus.Guard);
        await service.PublishAsync("portal.indirect.r5", TestBus.Bytes("direct"), CancellationToken.None);

        Assert.Equal("direct", TestBus.Text((await request.WaitAsync(TestBus.Guard)).Payload));
    }

    [Fact]
    public async Task Request_with_a_generated_inbox_gets_its_reply()
    {
        await using var service = await TestBus.ConnectAsync(nats.Url);
        await using var portal = await TestBus.ConnectAsync(nats.Url);
        using var stop = new CancellationTokenSource();
        var responder = await TestBus.StartEchoAsync(service, "svc.inbox", stop.Token);

        var first = await portal.RequestAsync("svc.inbox", headers: null, TestBus.Bytes("a"), TestBus.Guard, CancellationToken.None);
        var second = await portal.RequestAsync("svc.inbox", headers: null, TestBus.Bytes("b"), TestBus.Guard, CancellationToken.None);

        Assert.StartsWith("_INBOX.", first.Subject, StringComparison.Ordinal);
        Assert.NotEqual(first.Subject, second.Subject);
        Assert.Equal(["a", "b"], new[] { TestBus.Text(first.Payload), TestBus.Text(second.Payload) });
        await stop.CancelAsync();
        await responder.WaitAsync(TestBus.Guard);
    }

    [Theory]
    [InlineData("")]
    [InlineData("a..b")]
    [InlineData("a b")]
    [InlineData("svc.*")]
    [InlineData("svc.>")]
    [InlineData(".svc")]
    [InlineData("svc.")]
    public async Task Malformed_request_subject_is_refused_before_sending(string subject)
    {
        await using var portal = await TestBus.ConnectAsync(nats.Url);

        var error = await Assert.ThrowsAsync<ArgumentException>(
            () => portal.RequestAsync(subject, "portal.replies.r6", TestBus.Bytes("x"), TestBus.Guard, CancellationToken.None));

        Assert.Equal("subject", error.ParamName);
        Assert.Equal(0, portal.PendingRequestCount);
    }

    [Theory]
    [InlineData("portal.replies.*")]
    [InlineData("portal.>")]
    [InlineData("portal..r7")]
    [InlineData("portal.replies r7")]
    public async Task Malformed_reply_subject_is_refused_before_sending(string replySubject)
    {
        await using var portal = await TestBus.ConnectAsync(nats.Url);

        var error = await Assert.ThrowsAsync<ArgumentException>(
            () => portal.RequestAsync("svc.a", replySubject, TestBus.Bytes("x"), TestBus.Guard, CancellationToken.None));

        Assert.Equal("replySubject", error.ParamName);
        Assert.Equal(0, portal.PendingRequestCount);
    }

    [Fact]
    public async Task Reply_subject_without_a_prefix_is_refused()
    {
        await using var portal = await TestBus.ConnectAsync(nats.Url);

        var error = await Assert.ThrowsAsync<ArgumentException>(
            () => portal.RequestAsync("svc.a", "noprefix", TestBus.Bytes("x"), TestBus.Guard, CancellationToken.None));

        Assert.Contains("prefix", error.Message, StringComparison.Ordinal);
    }
}
