using MediatR;
using Portal.Application.Tickets.Ports;
using Portal.Domain.Tickets;

namespace Portal.Application.Tickets.Queries.GetTicket;

internal sealed class GetTicketQueryHandler(ISupportDesk desk) : IRequestHandler<GetTicketQuery, Ticket>
{
    public Task<Ticket> Handle(GetTicketQuery request, CancellationToken cancellationToken) =>
        desk.GetAsync(request.Access.ToScope(), new TicketId(request.TicketId), cancellationToken);
}
