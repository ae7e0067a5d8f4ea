using MediatR;
using Portal.Application.Common.Access;
using Portal.Domain.Common;
using Portal.Domain.Tickets;

namespace Portal.Application.Tickets.Queries.ListTickets;

/// <summary>
/// One page of the tenant's support tickets, optionally only those in one status ("open"), of one priority ("urgent")
/// or matching a search text; a blank criterion does not filter.
/// </summary>
public sealed record ListTicketsQuery(
    AccessContext Access,
    string? Status,
    string? Priority,
    string? Search,
    int Page = 1,
    int PageSize = PageRequest.DefaultSize)
    : IRequest<Page<TicketSummary>>, ITenantScopedRequest;
