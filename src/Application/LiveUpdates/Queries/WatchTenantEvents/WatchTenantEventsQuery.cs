using MediatR;
using Portal.Application.Common.Access;
using Portal.Domain.LiveUpdates;

namespace Portal.Application.LiveUpdates.Queries.WatchTenantEvents;

/// <summary>
/// The live changes of a tenant the caller may see. Subscribing reaches a backend, so like a command it waits for the
/// access grant (<see cref="ITenantScopedCommand"/>): a refused caller subscribes to nothing. The answer arrives once the
/// subscription is live, and the subscription lasts until the cancellation token given to <c>Send</c> is cancelled.
/// </summary>
public sealed record WatchTenantEventsQuery(AccessContext Access) : IRequest<IAsyncEnumerable<TenantEvent>>, ITenantScopedCommand;
