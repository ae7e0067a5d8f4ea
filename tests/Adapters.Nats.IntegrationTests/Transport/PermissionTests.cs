using System.Diagnostics;
using Portal.Adapters.Nats.IntegrationTests.Infrastructure;
using Portal.Adapters.Nats.Transport;

namespace Portal.Adapters.Nats.IntegrationTests.Transport;

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

    private NatsServer _server = null!;

    public async Task InitializeAsync() => _server = await NatsServer.StartAsync(Config);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Forbidden_subscription_faults_and_the_connection_stays_up()
    {
        var log = new RecordingLogger();
        await using var portal = await ConnectAsync("portal", log);
        await using var subscription = portal.Subscribe("forbidden.news", queueGroup: null);

        var error = await Assert.ThrowsAsync<NatsPermissionException>(() => subscription.ReadAsync(CancellationToken.None).AsTask().WaitAsync(TestBus.Guard));

        Assert.Equal("forbidden.news", error.Subject);
        Assert.Equal(1, log.Count(7));
        await portal.FlushAsync(CancellationToken.None);
        Assert.True(portal.IsConnected);
    }

    [Fact]
    public async Task Request_to_a_forbidden_subject_fails_at_once_and_the_connection_stays_up()
    {
        await using var portal = await ConnectAsync("portal", new RecordingLogger());
        await using var service = await ConnectAsync("service", new RecordingLogger());
        using var stop = new CancellationTokenSource();
        var responder = await TestBus.StartEchoAsync(service, "allowed.echo", stop.Token);
        var clock = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<NatsPermissionException>(
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
    public async Task Request_whose_reply_prefix_may_not_be_subscribed_fails_at_once()
    {
        await using var portal = await ConnectAsync("portal", new RecordingLogger());

        var error = await Assert.ThrowsAsync<NatsPermissionException>(
            () => portal.RequestAsync("allowed.svc", "noreplies.p3", TestBus.Bytes("x"), TestBus.LongTimeout, CancellationToken.None).WaitAsync(TestBus.Guard));

        Assert.Equal("noreplies.*", error.Subject);
        Assert.True(portal.IsConnected);
    }

    private Task<NatsConnection> ConnectAsync(string user, RecordingLogger log) =>
        TestBus.ConnectAsync(_server.Url, o => (o.Username, o.Password, o.Logger) = (user, "pw", log));
}
