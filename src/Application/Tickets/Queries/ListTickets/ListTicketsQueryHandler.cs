using MediatR;
using Portal.Application.Tickets.Ports;
using Portal.Domain.Common;
using Portal.Domain.Tickets;

namespace Portal.Application.Tickets.Queries.ListTickets;

internal sealed class ListTicketsQueryHandler(ISupportDesk desk) : IRequestHandler<ListTicketsQuery, Page<TicketSummary>>
{
    public Task<Page<TicketSummary>> Handle(ListTicketsQuery request, CancellationToken cancellationToken) =>
        desk.ListAsync(
            request.Access.ToScope(),
            new TicketFilter(
                TicketCodes.Statuses.ParseOptional(request.Status),
                TicketCodes.Priorities.ParseOptional(request.Priority),
                string.IsNullOrWhiteSpace(request.Search) ? null : request.Search.Trim()),
            new PageRequest(request.Page, request.PageSize),
            cancellationToken);
}
