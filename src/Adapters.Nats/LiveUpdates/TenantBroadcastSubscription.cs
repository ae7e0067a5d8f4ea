using Portal.Domain.LiveUpdates;
using Portal.Domain.Tenants;

namespace Portal.Adapters.Nats.LiveUpdates;

/// <summary>
/// The one bus subscription of one tenant in this process and the watchers it feeds. Watchers join and leave in a set
/// (changed under the feed's lock); the pump reads a copy of it, made at the first event after a change, so joining
/// costs no copy of the list (10,000 watchers joining one by one copied 400 MB of lists that way) and an event takes no
/// lock per watcher.
/// </summary>
internal sealed class TenantBroadcastSubscription(TenantId tenantId)
{
    // No timer and no linked token hang on this source, so it holds nothing that needs disposing; leaving it undisposed
    // keeps a late Stop() safe however it races with the pump's end.
    private readonly CancellationTokenSource stopping = new();
    private readonly TaskCompletionSource requested = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly HashSet<TenantEventQueue> watchers = [];
    private TenantEventQueue[]? published = [];

    public TenantId TenantId { get; } = tenantId;

    public CancellationToken Stopping => stopping.Token;

    /// <summary>Completes once the pump has asked the bus to subscribe, so a flush after it proves the subscription.</summary>
    public Task Requested => requested.Task;

    /// <summary>The pump that moves this tenant's broadcasts; it ends once the bus subscription is gone.</summary>
    public Task Pump { get; set; } = Task.CompletedTask;

    /// <summary>Read under the feed's lock.</summary>
    public int WatcherCount => watchers.Count;

    /// <summary>The connection dropped while this subscription existed and it has not been reported yet; under the feed's lock.</summary>
    public bool Interrupted { get; set; }

    /// <summary>Under the feed's lock.</summary>
    public void Add(TenantEventQueue watcher)
    {
        lock (watchers)
        {
            watchers.Add(watcher);
            published = null;
        }
    }

    /// <summary>Under the feed's lock.</summary>
    public void Remove(TenantEventQueue watcher)
    {
        lock (watchers)
        {
            if (watchers.Remove(watcher))
            {
                published = null;
            }
        }
    }

    /// <summary>
    /// Hands the event to every watcher. A full watcher loses its oldest event; nobody waits for anybody. Answers how many
    /// watchers began to fall behind with it.
    /// </summary>
    public int Publish(TenantEvent tenantEvent)
    {
        var fellBehind = 0;
        foreach (var watcher in Watchers())
        {
            if (watcher.Enqueue(tenantEvent))
            {
                fellBehind++;
            }
        }

        return fellBehind;
    }

    /// <summary>Ends every watcher's stream with <paramref name="failure"/>, and the wait of any still joining.</summary>
    public void Fail(Exception failure)
    {
        requested.TrySetException(failure);
        foreach (var watcher in Watchers())
        {
            watcher.Complete(failure);
        }
    }

    public void MarkRequested() => requested.TrySetResult();

    public void Stop() => stopping.Cancel();

    private TenantEventQueue[] Watchers()
    {
        lock (watchers)
        {
            return published ??= [.. watchers];
        }
    }
}
