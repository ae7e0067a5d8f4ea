using Portal.Adapters.Nats.IntegrationTests.Support;
using Portal.Adapters.Nats.LiveUpdates;
using Portal.Domain.LiveUpdates;
using Portal.Domain.Tenants;

namespace Portal.Adapters.Nats.IntegrationTests.LiveUpdates;

/// <summary>One watcher's queue: what a slow reader keeps, and when its falling behind is reported.</summary>
public sealed class TenantEventQueueTests
{
    private static readonly TenantId Tenant = new(TestScope.TenantA);

    [Fact]
    public async Task A_reader_that_falls_behind_is_reported_once_per_run_of_drops_and_keeps_the_newest_events()
    {
        var queue = new TenantEventQueue(CancellationToken.None);
        var events = Enumerable.Range(0, NatsTenantEventFeed.WatcherCapacity + 3)
            .Select(i => TenantEvent.ForInterruption(Tenant, DateTimeOffset.UnixEpoch.AddSeconds(i)))
            .ToList();

        var reports = events.Select(queue.Enqueue).ToList();
        await using var reader = queue.GetAsyncEnumerator();
        Assert.True(await reader.MoveNextAsync());
        var firstKept = reader.Current;
        for (var i = 1; i < NatsTenantEventFeed.WatcherCapacity; i++)
        {
            Assert.True(await reader.MoveNextAsync());
        }

        var lastKept = reader.Current;
        var afterCatchingUp = events.Take(NatsTenantEventFeed.WatcherCapacity + 2).Select(queue.Enqueue).ToList();

        bool[] once = [.. Enumerable.Repeat(false, NatsTenantEventFeed.WatcherCapacity), true];
        Assert.Equal([.. once, false, false], reports);
        Assert.Same(events[3], firstKept);
        Assert.Same(events[^1], lastKept);
        Assert.Equal([.. once, false], afterCatchingUp);
    }

    [Fact]
    public async Task A_waiting_reader_gets_the_next_event_and_then_the_end_or_the_failure()
    {
        var ended = new TenantEventQueue(CancellationToken.None);
        var failed = new TenantEventQueue(CancellationToken.None);
        var tenantEvent = TenantEvent.ForInterruption(Tenant, DateTimeOffset.UnixEpoch);
        await using var endedReader = ended.GetAsyncEnumerator();
        await using var failedReader = failed.GetAsyncEnumerator();

        var waiting = endedReader.MoveNextAsync().AsTask();
        var idle = waiting.IsCompleted;
        ended.Enqueue(tenantEvent);
        var read = await waiting;
        var current = endedReader.Current;
        var end = endedReader.MoveNextAsync().AsTask();
        ended.Complete(null);
        var failing = failedReader.MoveNextAsync().AsTask();
        failed.Complete(new InvalidOperationException("gone"));

        Assert.False(idle);
        Assert.True(read);
        Assert.Same(tenantEvent, current);
        Assert.False(await end);
        Assert.Equal("gone", (await Assert.ThrowsAsync<InvalidOperationException>(() => failing)).Message);
    }
}
