using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Portal.Application.LiveUpdates.Ports;
using Portal.Domain.LiveUpdates;
using Portal.Domain.Tenants;

namespace Portal.Application.UnitTests.Fakes;

/// <summary>
/// Events a test publishes, delivered to the watchers of their tenant. A watcher counts as subscribed only once it starts
/// reading, as a real broadcast subscription would be made then.
/// </summary>
internal sealed class FakeTenantEventFeed : ITenantEventFeed
{
    private readonly Channel<TenantEvent> events = Channel.CreateUnbounded<TenantEvent>();

    public ConcurrentQueue<TenantId> Subscriptions { get; } = new();

    public void Publish(TenantEvent tenantEvent) => events.Writer.TryWrite(tenantEvent);

    public async IAsyncEnumerable<TenantEvent> WatchAsync(TenantId tenantId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        Subscriptions.Enqueue(tenantId);
        await foreach (var tenantEvent in events.Reader.ReadAllAsync(cancellationToken))
        {
            if (tenantEvent.TenantId == tenantId)
            {
                yield return tenantEvent;
            }
        }
    }
}
