using MediatR;
using Portal.Application.LiveUpdates.Ports;
using Portal.Domain.LiveUpdates;

namespace Portal.Application.LiveUpdates.Queries.WatchTenantEvents;

internal sealed class WatchTenantEventsQueryHandler(ITenantEventFeed feed)
    : IRequestHandler<WatchTenantEventsQuery, IAsyncEnumerable<TenantEvent>>
{
    public Task<IAsyncEnumerable<TenantEvent>> Handle(WatchTenantEventsQuery request, CancellationToken cancellationToken) =>
        feed.WatchAsync(request.Access.ToScope().TenantId, cancellationToken);
}
