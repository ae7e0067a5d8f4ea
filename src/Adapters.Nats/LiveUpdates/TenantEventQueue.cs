using System.Threading.Tasks.Sources;
using Portal.Domain.LiveUpdates;

namespace Portal.Adapters.Nats.LiveUpdates;

/// <summary>
/// One watcher's events, waiting to be read: at most <see cref="NatsTenantEventFeed.WatcherCapacity"/> of them, the oldest
/// dropped beyond that. Where events were dropped the reader gets one <see cref="TenantEventKind.Interrupted"/> event
/// first (one for a run of drops the reader did not read between), so its page says that changes are missing instead of
/// going on as if it had them all; it is made only when something is dropped. Several writers (the pump, the restore signal), one reader, which is also the stream it reads:
/// a watcher is an open live stream that waits most of its life, so the wait is this object itself (no allocation per
/// read, no registration per read), where a bounded channel held about 1 KB a watcher (its reader, writer, and read
/// and write operations).
/// </summary>
internal sealed class TenantEventQueue(CancellationToken watching)
    : IAsyncEnumerable<TenantEvent>, IAsyncEnumerator<TenantEvent>, IValueTaskSource<bool>
{
    private readonly Queue<TenantEvent> waiting = new();
    private ManualResetValueTaskSourceCore<bool> wakeUp = new() { RunContinuationsAsynchronously = true };
    private bool readerWaiting;
    private bool behind;
    private TenantEvent? gap;
    private bool completed;
    private Exception? failure;
    private TenantEvent? current;

    public TenantEvent Current => current ?? throw new InvalidOperationException("No event has been read.");

    /// <summary>
    /// Adds the event, dropping the oldest one when the queue is full. Answers true when this began a run of drops (the
    /// reader fell behind since it last caught up), so the feed logs a slow watcher once per run, not once per event.
    /// </summary>
    public bool Enqueue(TenantEvent tenantEvent)
    {
        bool fellBehind = false;
        bool wake;
        lock (waiting)
        {
            if (completed)
            {
                return false;
            }

            if (waiting.Count == NatsTenantEventFeed.WatcherCapacity)
            {
                var dropped = waiting.Dequeue();
                gap ??= TenantEvent.ForInterruption(dropped.TenantId, dropped.Timestamp);
                fellBehind = !behind;
                behind = true;
            }

            waiting.Enqueue(tenantEvent);
            wake = readerWaiting;
            readerWaiting = false;
        }

        if (wake)
        {
            wakeUp.SetResult(true);
        }

        return fellBehind;
    }

    /// <summary>Ends the stream: once what waits has been read, the reader gets <paramref name="error"/> (or the end without one).</summary>
    public void Complete(Exception? error)
    {
        bool wake;
        lock (waiting)
        {
            if (completed)
            {
                return;
            }

            completed = true;
            failure = error;
            if (error is OperationCanceledException)
            {
                // A cancelled reader reads no more: what waits is of no use to anyone.
                waiting.Clear();
                gap = null;
            }

            wake = readerWaiting;
            readerWaiting = false;
        }

        if (wake)
        {
            wakeUp.SetResult(false);
        }
    }

    /// <summary>
    /// The one reader's enumeration. The watch's own token already ends it (the feed completes the queue when it leaves),
    /// so only another token is registered.
    /// </summary>
    public IAsyncEnumerator<TenantEvent> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        if (cancellationToken.CanBeCanceled && cancellationToken != watching)
        {
            cancellationToken.UnsafeRegister(static (state, token) => ((TenantEventQueue)state!).Complete(new OperationCanceledException(token)), this);
        }

        return this;
    }

    public ValueTask<bool> MoveNextAsync()
    {
        lock (waiting)
        {
            if (waiting.Count == 0 && completed && failure is not null)
            {
                return ValueTask.FromException<bool>(failure);
            }

            if (waiting.Count > 0 || completed)
            {
                return new ValueTask<bool>(Take());
            }

            wakeUp.Reset();
            readerWaiting = true;
            return new ValueTask<bool>(this, wakeUp.Version);
        }
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    bool IValueTaskSource<bool>.GetResult(short token)
    {
        wakeUp.GetResult(token);

        // Woken only once an event waits or the queue is complete; later writers add, and never empty it.
        lock (waiting)
        {
            return Take();
        }
    }

    ValueTaskSourceStatus IValueTaskSource<bool>.GetStatus(short token) => wakeUp.GetStatus(token);

    void IValueTaskSource<bool>.OnCompleted(Action<object?> continuation, object? state, short token, ValueTaskSourceOnCompletedFlags flags) =>
        wakeUp.OnCompleted(continuation, state, token, flags);

    /// <summary>
    /// Under the lock, with an event waiting or the queue complete: the interruption where events were dropped, else the
    /// next event, else the end or its failure.
    /// </summary>
    private bool Take()
    {
        if (gap is not null)
        {
            current = gap;
            gap = null;
            return true;
        }

        if (waiting.TryDequeue(out var next))
        {
            current = next;
            behind = waiting.Count > 0 && behind;
            return true;
        }

        return failure is null ? false : throw failure;
    }
}
