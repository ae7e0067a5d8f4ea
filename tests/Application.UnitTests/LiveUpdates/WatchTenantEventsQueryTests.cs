using Portal.Application.LiveUpdates.Queries.WatchTenantEvents;
using Portal.Testing.Fakes;
using Portal.Domain.LiveUpdates;
using Portal.Domain.Tenants;

namespace Portal.Application.UnitTests.LiveUpdates;

public sealed class WatchTenantEventsQueryTests
{
    [Fact]
    public async Task Streams_the_events_of_the_callers_tenant_only()
    {
        var feed = new FakeTenantEventFeed();
        using var stop = new CancellationTokenSource();
        var ours = TenantEvent.ForStats(Samples.Tenant, Samples.At, Samples.Stats());

        var stream = await new WatchTenantEventsQueryHandler(feed).Handle(new WatchTenantEventsQuery(Samples.Access), stop.Token);
        await using var events = stream.GetAsyncEnumerator(stop.Token);
        feed.Publish(TenantEvent.ForSummary(TenantEventKind.ClaimUpdate, new TenantId("tenant-2"), Samples.At, "Not ours."));
        feed.Publish(ours);

        Assert.True(await events.MoveNextAsync().AsTask().WaitAsync(Samples.Guard));
        Assert.Same(ours, events.Current);
        Assert.Equal([Samples.Tenant], feed.Subscriptions);
    }

    [Fact]
    public async Task The_stream_ends_when_the_caller_cancels()
    {
        var feed = new FakeTenantEventFeed();
        using var stop = new CancellationTokenSource();
        var stream = await new WatchTenantEventsQueryHandler(feed).Handle(new WatchTenantEventsQuery(Samples.Access), stop.Token);
        await using var events = stream.GetAsyncEnumerator();

        var next = events.MoveNextAsync().AsTask();
        await stop.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => next.WaitAsync(Samples.Guard));
    }

    [Theory]
    [InlineData("tenant-1", true)]
    [InlineData("", false)]
    [InlineData("tenant.>", false)]
    public void The_tenant_must_be_an_identifier(string tenantId, bool valid) =>
        Assert.Equal(valid, new WatchTenantEventsQueryValidator().Validate(
            new WatchTenantEventsQuery(Samples.Access with { TenantId = tenantId })).IsValid);
}
