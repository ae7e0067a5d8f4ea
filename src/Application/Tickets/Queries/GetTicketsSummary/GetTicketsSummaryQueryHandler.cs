using MediatR;
using Portal.Application.Tickets.Ports;
using Portal.Domain.Tickets;

namespace Portal.Application.Tickets.Queries.GetTicketsSummary;

internal sealed class GetTicketsSummaryQueryHandler(ISupportDesk desk) : IRequestHandler<GetTicketsSummaryQuery, TicketsSummary>
{
    public Task<TicketsSummary> Handle(GetTicketsSummaryQuery request, CancellationToken cancellationToken) =>
        desk.GetSummaryAsync(request.Access.ToScope(), cancellationToken);
}
