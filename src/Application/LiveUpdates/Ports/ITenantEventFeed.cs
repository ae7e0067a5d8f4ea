using Portal.Domain.LiveUpdates;
using Portal.Domain.Tenants;

namespace Portal.Application.LiveUpdates.Ports;

/// <summary>The live changes of one tenant as the backends broadcast them.</summary>
public interface ITenantEventFeed
{
    /// <summary>
    /// Subscribes to the tenant's events and completes once the subscription is live at the backend, so every event
    /// published after that is in the returned stream. The subscription lasts until <paramref name="cancellationToken"/>
    /// is cancelled, whether or not the stream is read; cancelling it also ends the stream. Whether the caller may see the
    /// tenant is checked before this is called, never by the feed.
    /// </summary>
    Task<IAsyncEnumerable<TenantEvent>> WatchAsync(TenantId tenantId, CancellationToken cancellationToken);
}
