using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Portal.Application.LiveUpdates.Ports;
using Portal.Domain.LiveUpdates;
using Portal.Domain.Tenants;

namespace Portal.Application.UnitTests.Fakes;

/// <summary>
/// Events a test publishes, delivered to the watchers of their tenant. A watcher counts as subscribed as soon as it asks
/// to watch, as a real broadcast subscription would be made then.
/// </summary>
internal sealed class FakeTenantEventFeed : ITenantEventFeed
{
    private readonly Channel<TenantEvent> events = Channel.CreateUnbounded<TenantEvent>();

    public ConcurrentQueue<TenantId> Subscriptions { get; } = new();

    public void Publish(TenantEvent tenantEvent) => events.Writer.TryWrite(tenantEvent);

    public Task<IAsyncEnumerable<TenantEvent>> WatchAsync(TenantId tenantId, CancellationToken cancellationToken)
    {
        Subscriptions.Enqueue(tenantId);
        return Task.FromResult(ReadAsync(tenantId, cancellationToken));
    }

    private async IAsyncEnumerable<TenantEvent> ReadAsync(TenantId tenantId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var tenantEvent in events.Reader.ReadAllAsync(cancellationToken))
        {
            if (tenantEvent.TenantId == tenantId)
            {
                yield return tenantEvent;
            }
        }
    }
}
