using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Portal.Adapters.Nats.IntegrationTests.Infrastructure;
using Portal.Adapters.Nats.IntegrationTests.Support;
using Portal.Adapters.Nats.LiveUpdates;
using NATS.Client.Core;
using Portal.Adapters.Nats.Connection;
using Portal.Adapters.Nats.IntegrationTests.Messaging;
using Portal.Domain.LiveUpdates;
using Portal.Domain.Tenants;

namespace Portal.Adapters.Nats.IntegrationTests.EndToEnd;

/// <summary>The live-update feed on the real transport: broadcasts published by a service on another connection.</summary>
public sealed class LiveUpdatesOverNatsTests(NatsServerFixture nats) : IClassFixture<NatsServerFixture>, IAsyncLifetime
{
    private NatsMessageBus portal = null!;
    private NatsConnection service = null!;
    private NatsTenantEventFeed feed = null!;

    public async Task InitializeAsync()
    {
        portal = await TestBus.ConnectAsync(nats.Url);
        service = await HtpiResponder.ConnectServiceAsync(nats.Url);
        feed = new NatsTenantEventFeed(portal, TimeProvider.System, NullLogger<NatsTenantEventFeed>.Instance);
    }

    public async Task DisposeAsync()
    {
        await service.DisposeAsync();
        await portal.DisposeAsync();
    }

    [Fact]
    public async Task Broadcasts_reach_the_watchers_of_their_tenant_only()
    {
        await using var watcherOfA = new Watcher(feed, TestScope.TenantA);
        await using var watcherOfB = new Watcher(feed, TestScope.TenantB);
        await Task.WhenAll(watcherOfA.Live, watcherOfB.Live).WaitAsync(Watcher.Guard);

        // B's broadcast goes first on the same connection: had it been routed to A's watcher, A would see it first.
        await PublishAsync(Broadcasts.DashboardSubject(TestScope.TenantB), Broadcasts.Stats(TestScope.TenantB));
        await PublishAsync(Broadcasts.PatientsSubject(TestScope.TenantA), Broadcasts.PatientChange(TestScope.TenantA, "created", "p-a"));
        await PublishAsync(Broadcasts.DashboardSubject(TestScope.TenantA), Broadcasts.Activity(TestScope.TenantA, "act-a"));

        var first = await watcherOfA.NextAsync();
        Assert.Equal((TenantEventKind.PatientCreated, "p-a"), (first.Kind, first.Patient!.Id.Value));
        var second = await watcherOfA.NextAsync();
        Assert.Equal((TenantEventKind.Activity, new TenantId(TestScope.TenantA)), (second.Kind, second.TenantId));
        var ofB = await watcherOfB.NextAsync();
        Assert.Equal((TenantEventKind.Stats, new TenantId(TestScope.TenantB)), (ofB.Kind, ofB.TenantId));
    }

    [Fact]
    public async Task A_watcher_told_its_subscription_is_live_gets_the_next_broadcast_without_a_flush_of_its_own()
    {
        await using var watcher = new Watcher(feed, TestScope.TenantA);
        await watcher.Live.WaitAsync(Watcher.Guard);

        await PublishAsync(Broadcasts.DashboardSubject(TestScope.TenantA), Broadcasts.Activity(TestScope.TenantA, "first"));

        Assert.Equal("first", (await watcher.NextAsync()).Activity!.Id);
    }

    [Fact]
    public async Task Two_watchers_of_a_tenant_share_one_bus_subscription_that_goes_when_both_leave()
    {
        var tenant = new TenantId(TestScope.TenantA);
        var before = portal.SubscriptionCount;
        await using var first = new Watcher(feed, TestScope.TenantA);
        await using var second = new Watcher(feed, TestScope.TenantA);
        await Task.WhenAll(first.Live, second.Live).WaitAsync(Watcher.Guard);

        Assert.Equal(1, feed.SubscriptionCount);
        Assert.Equal(2, feed.WatcherCount(tenant));
        Assert.Equal(before + 1, portal.SubscriptionCount);

        await PublishAsync(Broadcasts.DashboardSubject(TestScope.TenantA), Broadcasts.Stats(TestScope.TenantA));
        Assert.Equal(TenantEventKind.Stats, (await first.NextAsync()).Kind);
        Assert.Equal(TenantEventKind.Stats, (await second.NextAsync()).Kind);

        var pump = feed.PumpOf(tenant)!;
        await first.LeaveAsync();
        Assert.Equal(before + 1, portal.SubscriptionCount);
        await second.LeaveAsync();
        Assert.Equal(0, feed.SubscriptionCount);
        await pump.WaitAsync(Watcher.Guard);
        Assert.Equal(before, portal.SubscriptionCount);
    }

    private ValueTask PublishAsync(string subject, string json) =>
        service.PublishAsync(subject, Encoding.UTF8.GetBytes(json));
}
