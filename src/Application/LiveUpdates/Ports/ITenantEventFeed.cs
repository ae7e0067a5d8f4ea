using Portal.Domain.LiveUpdates;
using Portal.Domain.Tenants;

namespace Portal.Application.LiveUpdates.Ports;

/// <summary>The live changes of one tenant as the backends broadcast them.</summary>
public interface ITenantEventFeed
{
    /// <summary>
    /// Every event of the tenant from the moment of subscription on, endlessly, until <paramref name="cancellationToken"/>
    /// is cancelled. Whether the caller may see the tenant is checked before this is called, never by the feed.
    /// </summary>
    IAsyncEnumerable<TenantEvent> WatchAsync(TenantId tenantId, CancellationToken cancellationToken);
}
