using Microsoft.Extensions.Logging;
using Portal.Adapters.Nats.Mapping;
using Portal.Adapters.Nats.Messaging;
using Portal.Adapters.Nats.Telemetry;
using Portal.Application.Common.Exceptions;
using Portal.Application.LiveUpdates.Ports;
using Portal.Domain.LiveUpdates;
using Portal.Domain.Tenants;

namespace Portal.Adapters.Nats.LiveUpdates;

/// <summary>
/// A tenant's broadcasts, shared: the process holds one bus subscription per watched tenant
/// (<c>customer.broadcast.*.&lt;tenantId&gt;</c>), started by its first watcher and removed when its last one leaves.
/// Every watcher reads its own bounded queue (<see cref="TenantEventQueue"/>), so a slow browser loses its oldest events
/// instead of holding up the others or the connection, and reads a <see cref="TenantEventKind.Interrupted"/> event where
/// they were; a watcher that begins to fall behind is logged. When the connection drops, the subscriptions stay and resume with it, but what was
/// broadcast meanwhile is lost: once the bus says they are live again, every watcher of a subscription that was there
/// during the drop gets a <see cref="TenantEventKind.Interrupted"/> event.
/// </summary>
internal sealed class NatsTenantEventFeed : ITenantEventFeed
{
    public const int WatcherCapacity = 64;
    public const string Area = "live updates";

    /// <summary>Least time between two log lines about broadcasts Portal cannot read.</summary>
    internal static readonly TimeSpan DropLogInterval = TimeSpan.FromSeconds(10);

    private readonly Lock gate = new();
    private readonly Dictionary<TenantId, TenantBroadcastSubscription> subscriptions = [];
    private readonly IMessageBus bus;
    private readonly TimeProvider timeProvider;
    private readonly ILogger<NatsTenantEventFeed> logger;
    private readonly RepeatedLogCounter drops;

    public NatsTenantEventFeed(IMessageBus bus, TimeProvider timeProvider, ILogger<NatsTenantEventFeed> logger)
    {
        this.bus = bus;
        this.timeProvider = timeProvider;
        this.logger = logger;
        drops = new RepeatedLogCounter(timeProvider, DropLogInterval);

        // Both live as long as the process: the feed never needs to unhook.
        bus.ConnectionLost += (_, _) => MarkInterrupted();
        bus.ConnectionRestored += (_, _) => ReportInterruptions();
    }

    /// <summary>How many tenants this process holds a bus subscription for.</summary>
    internal int SubscriptionCount
    {
        get
        {
            lock (gate)
            {
                return subscriptions.Count;
            }
        }
    }

    /// <summary>How many watchers share the subscription of <paramref name="tenantId"/> (0 when there is none).</summary>
    internal int WatcherCount(TenantId tenantId)
    {
        lock (gate)
        {
            return subscriptions.TryGetValue(tenantId, out var subscription) ? subscription.WatcherCount : 0;
        }
    }

    /// <summary>The pump of the tenant's subscription while there is one: awaiting it after the last watcher left shows the bus subscription is gone.</summary>
    internal Task? PumpOf(TenantId tenantId)
    {
        lock (gate)
        {
            return subscriptions.TryGetValue(tenantId, out var subscription) ? subscription.Pump : null;
        }
    }

    /// <summary>
    /// Joins the tenant's subscription and completes once the server has it: the bus sent the subscription when its pump
    /// started, and a flush's round trip after that proves the server processed it. Cancelling
    /// <paramref name="cancellationToken"/> leaves, whether or not the stream was read.
    /// </summary>
    public async Task<IAsyncEnumerable<TenantEvent>> WatchAsync(TenantId tenantId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tenantId);
        cancellationToken.ThrowIfCancellationRequested();
        if (!bus.IsConnected)
        {
            // The subscription would wait for the connection; a stream that cannot start now is refused now.
            throw new BackendUnavailableException(Area, "not subscribed", new NotConnectedException("NATS: not connected."));
        }

        // Two writers: the pump, and the bus's restore signal with an interruption. The token's one registration both
        // leaves the subscription and ends the watcher's stream.
        var watcher = new TenantEventQueue(cancellationToken);
        var subscription = Join(tenantId, watcher);
        var leaving = cancellationToken.UnsafeRegister(
            static (state, token) =>
            {
                var (feed, subscription, watcher) = ((NatsTenantEventFeed, TenantBroadcastSubscription, TenantEventQueue))state!;
                feed.Leave(subscription, watcher);
                watcher.Complete(new OperationCanceledException(token));
            },
            (this, subscription, watcher));
        try
        {
            await subscription.Requested.WaitAsync(cancellationToken).ConfigureAwait(false);
            await bus.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            await leaving.DisposeAsync().ConfigureAwait(false);
            Leave(subscription, watcher);
            if (exception is MessageBusException)
            {
                throw new BackendUnavailableException(Area, "not subscribed", exception);
            }

            throw;
        }

        return watcher;
    }

    /// <summary>
    /// Adds the watcher to the tenant's subscription, making that subscription first if there is none. The new
    /// subscription's pump starts outside the lock; no other watcher can stop it in between, because this watcher already
    /// counts. Every watcher waits for <see cref="TenantBroadcastSubscription.Requested"/> (the bus sent the subscription)
    /// before flushing.
    /// </summary>
    private TenantBroadcastSubscription Join(TenantId tenantId, TenantEventQueue watcher)
    {
        TenantBroadcastSubscription? subscription;
        bool isNew;
        lock (gate)
        {
            isNew = !subscriptions.TryGetValue(tenantId, out subscription);
            if (subscription is null)
            {
                subscription = new TenantBroadcastSubscription(tenantId);
                subscriptions.Add(tenantId, subscription);
            }

            subscription.Add(watcher);
        }

        if (isNew)
        {
            subscription.Pump = PumpAsync(subscription);
        }

        return subscription;
    }

    /// <summary>Leaves the tenant's subscription; a second call for the same watcher changes nothing.</summary>
    private void Leave(TenantBroadcastSubscription subscription, TenantEventQueue watcher)
    {
        lock (gate)
        {
            subscription.Remove(watcher);
            if (subscription.WatcherCount > 0)
            {
                return;
            }

            // A failed subscription is already gone and may have been replaced: only remove this very one.
            if (subscriptions.TryGetValue(subscription.TenantId, out var current) && current == subscription)
            {
                subscriptions.Remove(subscription.TenantId);
            }
        }

        subscription.Stop();
    }

    /// <summary>Moves the tenant's broadcasts to its watchers until the last one leaves; ends them all if the bus gives up.</summary>
    private async Task PumpAsync(TenantBroadcastSubscription subscription)
    {
        Exception? failure = null;
        try
        {
            await foreach (var message in bus.SubscribeAsync(BroadcastSubjects.ForTenant(subscription.TenantId), subscription.MarkRequested, subscription.Stopping)
                .ConfigureAwait(false))
            {
                Deliver(subscription, message);
            }
        }
        catch (OperationCanceledException) when (subscription.Stopping.IsCancellationRequested)
        {
            return;
        }
        catch (Exception exception)
        {
            failure = exception;
        }

        if (subscription.Stopping.IsCancellationRequested)
        {
            return;
        }

        lock (gate)
        {
            if (subscriptions.TryGetValue(subscription.TenantId, out var current) && current == subscription)
            {
                subscriptions.Remove(subscription.TenantId);
            }
        }

        LiveUpdatesLog.SubscriptionEnded(logger, subscription.TenantId.Value, failure);
        subscription.Fail(new BackendUnavailableException(Area, "subscription ended", failure));
    }

    private void MarkInterrupted()
    {
        lock (gate)
        {
            foreach (var subscription in subscriptions.Values)
            {
                subscription.Interrupted = true;
            }
        }
    }

    /// <summary>Tells the watchers of every subscription that lived through the drop; one made since has missed nothing.</summary>
    private void ReportInterruptions()
    {
        List<TenantBroadcastSubscription> interrupted;
        lock (gate)
        {
            interrupted = [.. subscriptions.Values.Where(subscription => subscription.Interrupted)];
            foreach (var subscription in interrupted)
            {
                subscription.Interrupted = false;
            }
        }

        var now = timeProvider.GetUtcNow();
        foreach (var subscription in interrupted)
        {
            LiveUpdatesLog.SubscriptionResumed(logger, subscription.TenantId.Value);
            Publish(subscription, TenantEvent.ForInterruption(subscription.TenantId, now));
        }
    }

    private void Deliver(TenantBroadcastSubscription subscription, BusMessage message)
    {
        TenantEvent? tenantEvent;
        try
        {
            tenantEvent = TenantEventMapper.FromBroadcast(message.Subject, message.Payload, subscription.TenantId, timeProvider.GetUtcNow());
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Whatever one broadcast's content trips over (bad JSON, a lone surrogate no string can hold, a value a read
            // model refuses, a type the contract does not name) drops that broadcast; ending the subscription would end
            // every stream of the practice.
            DroppedBroadcast(message.Subject, exception);
            return;
        }

        if (tenantEvent is not null)
        {
            Publish(subscription, tenantEvent);
        }
    }

    /// <summary>
    /// A service that sends what Portal cannot read sends it again and again: one line per <see cref="DropLogInterval"/>,
    /// with the count, and the failure's kind rather than its stack (or anything of the payload, which holds patient data).
    /// </summary>
    private void DroppedBroadcast(string subject, Exception failure)
    {
        if (drops.TryPass(out var dropped))
        {
            LiveUpdatesLog.BroadcastsDropped(logger, subject, failure.GetType().Name, dropped);
        }
    }

    private void Publish(TenantBroadcastSubscription subscription, TenantEvent tenantEvent)
    {
        var fellBehind = subscription.Publish(tenantEvent);
        if (fellBehind > 0)
        {
            LiveUpdatesLog.WatchersFellBehind(logger, subscription.TenantId.Value, fellBehind, WatcherCapacity);
        }
    }
}
