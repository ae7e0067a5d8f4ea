using MediatR;
using Portal.Application.Common.Access;
using Portal.Domain.LiveUpdates;

namespace Portal.Application.LiveUpdates.Queries.WatchTenantEvents;

/// <summary>
/// The live changes of a tenant the caller may see. The stream is handed out only after the access check said yes, and
/// runs until the cancellation token given to <c>Send</c> is cancelled (Web passes the request-aborted token).
/// </summary>
public sealed record WatchTenantEventsQuery(AccessContext Access) : IRequest<IAsyncEnumerable<TenantEvent>>, ITenantScopedRequest;
