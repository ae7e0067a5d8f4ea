using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Portal.Application.LiveUpdates.Ports;
using Portal.Domain.LiveUpdates;
using Portal.Domain.Tenants;

namespace Portal.Web.FunctionalTests.Fakes;

/// <summary>Events a test publishes reach the watchers of their tenant; <see cref="Subscribed"/> completes once someone reads.</summary>
internal sealed class FakeTenantEventFeed : ITenantEventFeed
{
    private readonly Channel<TenantEvent> events = Channel.CreateUnbounded<TenantEvent>();
    private readonly TaskCompletionSource<TenantId> subscribed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task<TenantId> Subscribed => subscribed.Task;

    public void Publish(TenantEvent tenantEvent) => events.Writer.TryWrite(tenantEvent);

    public async IAsyncEnumerable<TenantEvent> WatchAsync(TenantId tenantId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        subscribed.TrySetResult(tenantId);
        await foreach (var tenantEvent in events.Reader.ReadAllAsync(cancellationToken))
        {
            if (tenantEvent.TenantId == tenantId)
            {
                yield return tenantEvent;
            }
        }
    }
}
