using System.Globalization;
using MediatR;
using Portal.Application.Tickets.Ports;
using Portal.Domain.Tickets;

namespace Portal.Application.Tickets.Commands.CreateTicket;

internal sealed class CreateTicketCommandHandler(ISupportDesk desk) : IRequestHandler<CreateTicketCommand, Ticket>
{
    public Task<Ticket> Handle(CreateTicketCommand request, CancellationToken cancellationToken) =>
        desk.CreateAsync(
            request.Access.ToScope(),
            new NewTicket(
                request.Title,
                request.Description,
                TicketCodes.Priorities.Parse(request.Priority),
                string.IsNullOrWhiteSpace(request.Category)
                    ? null
                    : long.Parse(request.Category.Trim(), NumberStyles.None, CultureInfo.InvariantCulture)),
            cancellationToken);
}
