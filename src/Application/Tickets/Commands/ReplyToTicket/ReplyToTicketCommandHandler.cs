using MediatR;
using Portal.Application.Tickets.Ports;
using Portal.Domain.Tickets;

namespace Portal.Application.Tickets.Commands.ReplyToTicket;

internal sealed class ReplyToTicketCommandHandler(ISupportDesk desk) : IRequestHandler<ReplyToTicketCommand, TicketComment>
{
    public Task<TicketComment> Handle(ReplyToTicketCommand request, CancellationToken cancellationToken) =>
        desk.ReplyAsync(request.Access.ToScope(), new TicketId(request.TicketId), request.Content.Trim(), cancellationToken);
}
