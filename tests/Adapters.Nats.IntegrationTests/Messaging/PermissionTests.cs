using System.Diagnostics;
using NATS.Client.Core;
using Portal.Adapters.Nats.Connection;
using Portal.Adapters.Nats.IntegrationTests.Infrastructure;
using Portal.Adapters.Nats.Messaging;

namespace Portal.Adapters.Nats.IntegrationTests.Messaging;

/// <summary>A permission refusal fails the one operation it answers; the connection stays up.</summary>
public sealed class PermissionTests : IAsyncLifetime
{
    private const string Config = """
        authorization {
          users = [
            { user: "portal", password: "pw", permissions: { publish: { allow: ["allowed.>", "replies.>"] }, subscribe: { allow: ["allowed.>", "replies.>"] } } }
            { user: "service", password: "pw" }
          ]
        }
        """;

    private NatsServer server = null!;

    public async Task InitializeAsync() => server = await NatsServer.StartAsync(Config);

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task A_forbidden_subscription_ends_its_stream_with_the_refusal_and_the_connection_stays_up()
    {
        var log = new RecordingLogger();
        await using var portal = await ConnectAsync("portal", log);

        var error = await Assert.ThrowsAsync<PermissionDeniedException>(async () =>
        {
            await foreach (var unused in portal.SubscribeAsync("forbidden.news", null, CancellationToken.None).WithCancellation(CancellationToken.None))
            {
            }
        }).WaitAsync(TestBus.Guard);

        Assert.Equal("forbidden.news", error.Subject);
        Assert.True(log.Count("NATS refused an operation") > 0);
        await portal.FlushAsync(CancellationToken.None);
        Assert.True(portal.IsConnected);
    }

    [Fact]
    public async Task Every_forbidden_subscription_ends_with_the_refusal_however_it_races_with_it()
    {
        await using var portal = await ConnectAsync("portal", new RecordingLogger());

        // One after another on several threads, so that some are refused before the library hands their subscription back.
        var threads = Enumerable.Range(0, 4).Select(thread => Task.Run(async () =>
        {
            for (var i = 0; i < 100; i++)
            {
                var subject = $"forbidden.news{thread}.s{i}";
                var error = await Assert.ThrowsAsync<PermissionDeniedException>(async () =>
                {
                    await foreach (var unused in portal.SubscribeAsync(subject, null, CancellationToken.None).WithCancellation(CancellationToken.None))
                    {
                    }
                }).WaitAsync(TestBus.Guard);
                Assert.Equal(subject, error.Subject);
            }
        }));

        await Task.WhenAll(threads);
        Assert.Equal(0, portal.SubscriptionCount);
        Assert.True(portal.IsConnected);
    }

    [Fact]
    public async Task A_request_to_a_forbidden_subject_fails_at_once_and_the_connection_stays_up()
    {
        await using var portal = await ConnectAsync("portal", new RecordingLogger());
        await using var service = new NatsConnection(TestBus.Options(server.Url) with { AuthOpts = new NatsAuthOpts { Username = "service", Password = "pw" } });
        using var stop = new CancellationTokenSource();
        var responder = await TestBus.StartEchoAsync(service, "allowed.echo", stop.Token);
        var clock = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<PermissionDeniedException>(
            () => portal.RequestAsync("forbidden.svc", "replies.p1", TestBus.Bytes("x"), TestBus.LongTimeout, CancellationToken.None).WaitAsync(TestBus.Guard));

        Assert.Equal("forbidden.svc", error.Subject);
        Assert.True(clock.Elapsed < TestBus.Guard);
        var reply = await portal.RequestAsync("allowed.echo", "replies.p2", TestBus.Bytes("fine"), TestBus.Guard, CancellationToken.None);
        Assert.Equal("fine", TestBus.Text(reply.Payload));
        Assert.Equal(0, portal.PendingRequestCount);
        await stop.CancelAsync();
        await responder.WaitAsync(TestBus.Guard);
    }

    [Fact]
    public async Task A_request_whose_reply_prefix_may_not_be_subscribed_fails_at_once()
    {
        await using var portal = await ConnectAsync("portal", new RecordingLogger());

        var error = await Assert.ThrowsAsync<PermissionDeniedException>(
            () => portal.RequestAsync("allowed.svc", "noreplies.p3", TestBus.Bytes("x"), TestBus.LongTimeout, CancellationToken.None).WaitAsync(TestBus.Guard));

        Assert.Equal("noreplies.*", error.Subject);
        Assert.True(portal.IsConnected);
    }

    [Fact]
    public async Task Every_request_on_a_refused_reply_prefix_fails_however_it_races_with_the_refusal()
    {
        var log = new RecordingLogger();
        await using var portal = await ConnectAsync("portal", log);

        // Requests from several threads at once, so that some list themselves while the bus handles a refusal of the
        // reply subscription they were sent on: each refusal ends the subscription, and the next request makes it again.
        var requests = await Task.WhenAll(Enumerable.Range(0, 4).Select(thread => Task.Run(async () =>
        {
            var sent = new List<Task<BusMessage>>();
            for (var i = 0; i < 5_000; i++)
            {
                sent.Add(portal.RequestAsync("allowed.svc", $"noreplies.t{thread}r{i}", TestBus.Bytes("x"), TestBus.LongTimeout, CancellationToken.None));
                await Task.Yield();
            }

            return sent;
        })));

        foreach (var request in requests.SelectMany(sent => sent))
        {
            var error = await Assert.ThrowsAsync<PermissionDeniedException>(() => request.WaitAsync(TestBus.Guard));
            Assert.Equal("noreplies.*", error.Subject);
        }

        Assert.True(log.Count("NATS refused an operation") > 1, log.Count("NATS refused an operation").ToString());
        Assert.Equal(0, portal.PendingRequestCount);
        Assert.True(portal.IsConnected);
    }

    private Task<NatsMessageBus> ConnectAsync(string user, RecordingLogger log) =>
        NatsMessageBus.ConnectAsync(
            TestBus.Options(server.Url, log.Factory()) with { AuthOpts = new NatsAuthOpts { Username = user, Password = "pw" } },
            CancellationToken.None);
}
