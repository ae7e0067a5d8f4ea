using System.Globalization;
using Portal.Adapters.Nats.IntegrationTests.Support;
using Portal.Adapters.Nats.LiveUpdates;
using Portal.Domain.LiveUpdates;
using Portal.Domain.Tenants;

namespace Portal.Adapters.Nats.IntegrationTests.LiveUpdates;

/// <summary>One watcher's queue: what a slow reader keeps, and when its falling behind is reported, to the log and to the reader.</summary>
public sealed class TenantEventQueueTests
{
    private static readonly TenantId Tenant = new(TestScope.TenantA);

    [Fact]
    public async Task A_reader_that_falls_behind_is_reported_once_per_run_of_drops_and_keeps_the_newest_events()
    {
        var queue = new TenantEventQueue(CancellationToken.None);
        var events = Changes(NatsTenantEventFeed.WatcherCapacity + 3);

        var reports = events.Select(queue.Enqueue).ToList();
        await using var reader = queue.GetAsyncEnumerator();
        var interruption = ReadWaiting(reader);
        var firstKept = ReadWaiting(reader);
        for (var i = 1; i < NatsTenantEventFeed.WatcherCapacity; i++)
        {
            ReadWaiting(reader);
        }

        var lastKept = reader.Current;
        var afterCatchingUp = events.Take(NatsTenantEventFeed.WatcherCapacity + 2).Select(queue.Enqueue).ToList();

        bool[] once = [.. Enumerable.Repeat(false, NatsTenantEventFeed.WatcherCapacity), true];
        Assert.Equal([.. once, false, false], reports);
        Assert.Equal(TenantEventKind.Interrupted, interruption.Kind);
        Assert.Same(events[3], firstKept);
        Assert.Same(events[^1], lastKept);
        Assert.Equal([.. once, false], afterCatchingUp);
    }

    [Fact]
    public async Task A_reader_reads_one_interruption_where_its_events_were_dropped_and_none_while_it_keeps_up()
    {
        var queue = new TenantEventQueue(CancellationToken.None);
        await using var reader = queue.GetAsyncEnumerator();
        var full = Changes(NatsTenantEventFeed.WatcherCapacity);
        var overflowing = Changes(NatsTenantEventFeed.WatcherCapacity + 3);
        var again = Changes(NatsTenantEventFeed.WatcherCapacity + 1);

        List<TenantEvent> WriteAndRead(IReadOnlyList<TenantEvent> written)
        {
            foreach (var tenantEvent in written)
            {
                queue.Enqueue(tenantEvent);
            }

            var read = new List<TenantEvent>();
            while (read.Count == 0 || read[^1] != written[^1])
            {
                read.Add(ReadWaiting(reader));
            }

            return read;
        }

        var keptUp = WriteAndRead(full);
        var behind = WriteAndRead(overflowing);
        var behindAgain = WriteAndRead(again);

        Assert.Equal(full, keptUp);
        Assert.Equal(TenantEventKind.Interrupted, behind[0].Kind);
        Assert.Equal(overflowing[3..], behind[1..]);
        Assert.Equal(TenantEventKind.Interrupted, behindAgain[0].Kind);
        Assert.Equal(again[1..], behindAgain[1..]);
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

    /// <summary>The event that waits for the reader, read at once (a read that would wait fails the test instead).</summary>
    private static TenantEvent ReadWaiting(IAsyncEnumerator<TenantEvent> reader)
    {
        var read = reader.MoveNextAsync();
        Assert.True(read.IsCompletedSuccessfully && read.Result, "No event was waiting.");
        return reader.Current;
    }

    /// <summary><paramref name="count"/> distinct changes of the practice, a second apart.</summary>
    private static List<TenantEvent> Changes(int count) =>
        [.. Enumerable.Range(0, count).Select(i => TenantEvent.ForSummary(
            TenantEventKind.ClaimUpdate, Tenant, DateTimeOffset.UnixEpoch.AddSeconds(i), "Claim " + i.ToString(CultureInfo.InvariantCulture) + " changed."))];
}
