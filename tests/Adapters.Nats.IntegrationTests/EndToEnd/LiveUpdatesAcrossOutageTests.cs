using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Portal.Adapters.Nats.IntegrationTests.Infrastructure;
using Portal.Adapters.Nats.IntegrationTests.Messaging;
using Portal.Adapters.Nats.IntegrationTests.Support;
using Portal.Adapters.Nats.LiveUpdates;
using Portal.Domain.LiveUpdates;

namespace Portal.Adapters.Nats.IntegrationTests.EndToEnd;

/// <summary>A watcher on the real bus while its nats-server is killed and started again.</summary>
public sealed class LiveUpdatesAcrossOutageTests : IAsyncLifetime
{
    private NatsServer server = null!;

    public async Task InitializeAsync() => server = await NatsServer.StartAsync();

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task A_watcher_is_told_of_the_interruption_once_its_subscription_is_live_again_and_then_gets_broadcasts()
    {
        await using var portal = await TestBus.ConnectAsync(server.Url);
        var feed = new NatsTenantEventFeed(portal, TimeProvider.System, NullLogger<NatsTenantEventFeed>.Instance);
        await using var watcher = new Watcher(feed, TestScope.TenantA);
        await watcher.Live.WaitAsync(Watcher.Guard);
        var lost = TestBus.NextLossAsync(portal);

        await server.KillAsync();
        await lost.WaitAsync(Watcher.Guard);
        Assert.True(watcher.IsIdle, "the watcher is told only once the subscription is live again");
        await server.RestartAsync();

        var told = await watcher.NextAsync();
        Assert.Equal(TenantEventKind.Interrupted, told.Kind);
        Assert.Equal(TestScope.TenantA, told.TenantId.Value);

        // Told after the server has the subscription again: a broadcast published now reaches the watcher.
        await using var service = await TestBus.ServiceAsync(server.Url);
        await service.PublishAsync(Broadcasts.DashboardSubject(TestScope.TenantA), Encoding.UTF8.GetBytes(Broadcasts.Stats(TestScope.TenantA)));
        Assert.Equal(TenantEventKind.Stats, (await watcher.NextAsync()).Kind);
    }
}
