using System.Collections.Concurrent;
using System.Threading.Channels;
using Portal.Application.LiveUpdates.Ports;
using Portal.Domain.LiveUpdates;
using Portal.Domain.Tenants;

namespace Portal.Testing.Fakes;

/// <summary>
/// A tenant's events as a broadcast bus delivers them: only to the watchers of that tenant whose subscription is live when
/// the event is published, so an event published before is lost. A test may hold subscriptions before they go live to
/// see who waits for them.
/// </summary>
public sealed class FakeTenantEventFeed : ITenantEventFeed
{
    private readonly Lock gate = new();
    private readonly List<(TenantId Tenant, ChannelWriter<TenantEvent> Watcher)> live = [];
    private readonly ConcurrentQueue<TenantId> subscriptions = new();
    private readonly TaskCompletionSource<TenantId> subscribing = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile Task held = Task.CompletedTask;

    /// <summary>When set, every subscription fails with it.</summary>
    public Exception? Failure { get; set; }

    /// <summary>The tenants someone asked to watch, in order, counted as soon as they ask.</summary>
    public IReadOnlyCollection<TenantId> Subscriptions => subscriptions;

    /// <summary>Completes when someone first asks to watch a tenant, before the subscription is live.</summary>
    public Task<TenantId> Subscribing => subscribing.Task;

    /// <summary>Keeps every subscription from going live until the returned action is called.</summary>
    public Action HoldSubscriptions()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        held = release.Task;
        return () => release.SetResult();
    }

    public void Publish(TenantEvent tenantEvent)
    {
        lock (gate)
        {
            foreach (var (tenant, watcher) in live)
            {
                if (tenant == tenantEvent.TenantId)
                {
                    watcher.TryWrite(tenantEvent);
                }
            }
        }
    }

    public async Task<IAsyncEnumerable<TenantEvent>> WatchAsync(TenantId tenantId, CancellationToken cancellationToken)
    {
        subscriptions.Enqueue(tenantId);
        subscribing.TrySetResult(tenantId);
        await held.WaitAsync(cancellationToken);
        if (Failure is { } failure)
        {
            throw failure;
        }

        var watcher = Channel.CreateUnbounded<TenantEvent>();
        var entry = (tenantId, watcher.Writer);
        lock (gate)
        {
            live.Add(entry);
        }

        cancellationToken.Register(() =>
        {
            lock (gate)
            {
                live.Remove(entry);
            }
        });
        return watcher.Reader.ReadAllAsync(cancellationToken);
    }
}
