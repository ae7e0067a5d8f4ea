using System.Threading.Channels;
using Portal.Domain.LiveUpdates;
using Portal.Domain.Tenants;

namespace Portal.Adapters.Nats.LiveUpdates;

/// <summary>
/// The one bus subscription of one tenant in this process and the watchers it feeds. The watcher list is changed only
/// under the feed's lock and replaced, never mutated, so the pump reads it without a lock.
/// </summary>
internal sealed class TenantBroadcastSubscription(TenantId tenantId)
{
    // No timer and no linked token hang on this source, so it holds nothing that needs disposing; leaving it undisposed
    // keeps a late Stop() safe however it races with the pump's end.
    private readonly CancellationTokenSource stopping = new();
    private readonly TaskCompletionSource requested = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private ChannelWriter<TenantEvent>[] watchers = [];

    public TenantId TenantId { get; } = tenantId;

    public CancellationToken Stopping => stopping.Token;

    /// <summary>Completes once the pump has asked the bus to subscribe, so a flush after it proves the subscription.</summary>
    public Task Requested => requested.Task;

    /// <summary>The pump that moves this tenant's broadcasts; it ends once the bus subscription is gone.</summary>
    public Task Pump { get; set; } = Task.CompletedTask;

    /// <summary>Read under the feed's lock.</summary>
    public int WatcherCount => watchers.Length;

    /// <summary>The connection dropped while this subscription existed and it has not been reported yet; under the feed's lock.</summary>
    public bool Interrupted { get; set; }

    public void Add(ChannelWriter<TenantEvent> watcher) => Volatile.Write(ref watchers, [.. watchers, watcher]);

    public void Remove(ChannelWriter<TenantEvent> watcher) =>
        Volatile.Write(ref watchers, watchers.Where(existing => existing != watcher).ToArray());

    /// <summary>Hands the event to every watcher. A full watcher loses its oldest event; nobody waits for anybody.</summary>
    public void Publish(TenantEvent tenantEvent)
    {
        foreach (var watcher in Volatile.Read(ref watchers))
        {
            watcher.TryWrite(tenantEvent);
        }
    }

    /// <summary>Ends every watcher's stream with <paramref name="failure"/>, and the wait of any still joining.</summary>
    public void Fail(Exception failure)
    {
        requested.TrySetException(failure);
        foreach (var watcher in Volatile.Read(ref watchers))
        {
            watcher.TryComplete(failure);
        }
    }

    public void MarkRequested() => requested.TrySetResult();

    public void Stop() => stopping.Cancel();
}
