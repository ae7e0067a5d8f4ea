using System.Diagnostics;
using Portal.Adapters.Nats.IntegrationTests.Infrastructure;
using Portal.Adapters.Nats.Messaging;

namespace Portal.Adapters.Nats.IntegrationTests.Messaging;

/// <summary>Requests with a reply subject of the caller's choosing, answered by a peer on the official client.</summary>
public sealed class RequestReplyTests(NatsServerFixture nats) : IClassFixture<NatsServerFixture>
{
    [Fact]
    public async Task A_reply_on_the_reply_subject_reaches_the_request()
    {
        await using var service = await TestBus.ServiceAsync(nats.Url);
        await using var portal = await TestBus.ConnectAsync(nats.Url);
        using var stop = new CancellationTokenSource();
        var responder = await TestBus.StartResponderAsync(service, "svc.greet", r => TestBus.Bytes("hello " + TestBus.Text(r.Data)), stop.Token);

        var reply = await portal.RequestAsync("svc.greet", "portal.replies.r1", TestBus.Bytes("ann"), TestBus.Guard, CancellationToken.None);

        Assert.Equal("hello ann", TestBus.Text(reply.Payload));
        Assert.Equal("portal.replies.r1", reply.Subject);
        await stop.CancelAsync();
        await responder.WaitAsync(TestBus.Guard);
    }

    [Fact]
    public async Task A_reply_published_to_the_answer_subject_named_in_the_body_reaches_the_request()
    {
        await using var service = await TestBus.ServiceAsync(nats.Url);
        await using var portal = await TestBus.ConnectAsync(nats.Url);
        await using var requests = await service.SubscribeCoreAsync<byte[]>("svc.seed");
        await service.PingAsync();

        var request = portal.RequestAsync("svc.seed", "customer.patients.response.i1.7", TestBus.Bytes("customer.patients.response.i1.7"), TestBus.Guard, CancellationToken.None);
        var received = await requests.Msgs.ReadAsync().AsTask().WaitAsync(TestBus.Guard);

        // Seed style: the service ignores the message's reply subject and publishes to the subject the body names.
        await service.PublishAsync(TestBus.Text(received.Data), TestBus.Bytes("seed answer"));
        Assert.Equal("seed answer", TestBus.Text((await request).Payload));
    }

    [Fact]
    public async Task A_request_nobody_serves_fails_at_once_with_no_responders()
    {
        await using var portal = await TestBus.ConnectAsync(nats.Url);
        var clock = Stopwatch.StartNew();

        var request = portal.RequestAsync("svc.nobody", "portal.replies.r2", TestBus.Bytes("x"), TestBus.LongTimeout, CancellationToken.None);

        var error = await Assert.ThrowsAsync<NoRespondersException>(() => request.WaitAsync(TestBus.Guard));
        Assert.Equal("svc.nobody", error.Subject);
        Assert.True(clock.Elapsed < TestBus.Guard, "no responders must not wait for the timeout");
        Assert.Equal(0, portal.PendingRequestCount);
    }

    [Fact]
    public async Task A_request_without_reply_times_out_and_leaves_no_pending_entry()
    {
        await using var service = await TestBus.ServiceAsync(nats.Url);
        await using var portal = await TestBus.ConnectAsync(nats.Url);
        await using var silent = await service.SubscribeCoreAsync<byte[]>("svc.silent");
        await service.PingAsync();

        await Assert.ThrowsAsync<RequestTimedOutException>(
            () => portal.RequestAsync("svc.silent", "portal.replies.r3", TestBus.Bytes("x"), TimeSpan.FromSeconds(1), CancellationToken.None));

        Assert.Equal(0, portal.PendingRequestCount);
    }

    [Fact]
    public async Task A_request_cancelled_by_its_caller_ends_at_once_and_leaves_no_pending_entry()
    {
        await using var service = await TestBus.ServiceAsync(nats.Url);
        await using var portal = await TestBus.ConnectAsync(nats.Url);
        await using var silent = await service.SubscribeCoreAsync<byte[]>("svc.ignore");
        await service.PingAsync();
        using var caller = new CancellationTokenSource();

        var request = portal.RequestAsync("svc.ignore", "portal.replies.r6", TestBus.Bytes("x"), TestBus.LongTimeout, caller.Token);
        await silent.Msgs.ReadAsync().AsTask().WaitAsync(TestBus.Guard);
        await caller.CancelAsync();

        var cancelled = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => request.WaitAsync(TestBus.Guard));
        Assert.Equal(caller.Token, cancelled.CancellationToken);
        Assert.Equal(0, portal.PendingRequestCount);
    }

    [Fact]
    public async Task Concurrent_requests_share_one_reply_subscription_and_each_gets_its_own_reply()
    {
        await using var service = await TestBus.ServiceAsync(nats.Url);
        await using var portal = await TestBus.ConnectAsync(nats.Url);
        using var stop = new CancellationTokenSource();
        var responder = await TestBus.StartEchoAsync(service, "svc.echo", stop.Token);

        var replies = await Task.WhenAll(Enumerable.Range(0, 64).Select(i =>
            portal.RequestAsync("svc.echo", "portal.many." + i, TestBus.Bytes("m" + i), TestBus.Guard, CancellationToken.None)));

        Assert.Equal(Enumerable.Range(0, 64).Select(i => "m" + i), replies.Select(reply => TestBus.Text(reply.Payload)));
        Assert.Equal(1, portal.ReplySubscriptionCount);
        Assert.Equal(0, portal.PendingRequestCount);
        await stop.CancelAsync();
        await responder.WaitAsync(TestBus.Guard);
    }

    [Theory]
    [InlineData("noprefix")]
    [InlineData("prefix.")]
    public async Task A_reply_subject_without_a_prefix_and_a_last_token_is_refused(string replySubject)
    {
        await using var portal = await TestBus.ConnectAsync(nats.Url);

        await Assert.ThrowsAsync<ArgumentException>(
            () => portal.RequestAsync("svc.any", replySubject, TestBus.Bytes("x"), TestBus.Guard, CancellationToken.None));
    }

    [Fact]
    public async Task A_status_message_is_told_from_an_empty_answer()
    {
        await using var service = await TestBus.ServiceAsync(nats.Url);
        await using var portal = await TestBus.ConnectAsync(nats.Url);
        using var stop = new CancellationTokenSource();
        var responder = await TestBus.StartResponderAsync(service, "svc.empty", _ => [], stop.Token);

        var reply = await portal.RequestAsync("svc.empty", "portal.replies.r4", TestBus.Bytes("x"), TestBus.Guard, CancellationToken.None);

        Assert.Equal(0, reply.Payload.Length);
        await stop.CancelAsync();
        await responder.WaitAsync(TestBus.Guard);
    }

    [Fact]
    public async Task A_reply_lends_exactly_the_answer_and_clears_it_when_disposed()
    {
        await using var service = await TestBus.ServiceAsync(nats.Url);
        await using var portal = await TestBus.ConnectAsync(nats.Url);
        using var stop = new CancellationTokenSource();

        // Not a power of two: the pooled buffer is larger than the answer, and the payload must be the answer alone.
        var answer = Enumerable.Range(0, 3000).Select(i => (byte)(i % 251 + 1)).ToArray();
        var responder = await TestBus.StartResponderAsync(service, "svc.large", _ => answer, stop.Token);

        var reply = await portal.RequestAsync("svc.large", "portal.replies.r5", TestBus.Bytes("x"), TestBus.Guard, CancellationToken.None);
        var payload = reply.Payload;
        Assert.Equal(answer, payload.ToArray());

        reply.Dispose();

        // The answer may hold a patient's data: what goes back to the pool is cleared.
        Assert.All(payload.ToArray(), value => Assert.Equal(0, value));
        await stop.CancelAsync();
        await responder.WaitAsync(TestBus.Guard);
    }

    [Fact]
    public async Task Dispose_fails_what_is_in_flight()
    {
        await using var service = await TestBus.ServiceAsync(nats.Url);
        var portal = await TestBus.ConnectAsync(nats.Url);
        await using var silent = await service.SubscribeCoreAsync<byte[]>("svc.hang");
        await service.PingAsync();
        var request = portal.RequestAsync("svc.hang", "portal.replies.r5", TestBus.Bytes("x"), TestBus.LongTimeout, CancellationToken.None);
        await silent.Msgs.ReadAsync().AsTask().WaitAsync(TestBus.Guard);

        await portal.DisposeAsync();

        await Assert.ThrowsAsync<ConnectionLostException>(() => request.WaitAsync(TestBus.Guard));
        Assert.False(portal.IsConnected);
    }
}
