using MediatR;
using Portal.Application.Tickets.Ports;
using Portal.Domain.Tickets;

namespace Portal.Application.Tickets.Queries.ListTicketCategories;

internal sealed class ListTicketCategoriesQueryHandler(ISupportDesk desk)
    : IRequestHandler<ListTicketCategoriesQuery, IReadOnlyList<TicketCategory>>
{
    public Task<IReadOnlyList<TicketCategory>> Handle(ListTicketCategoriesQuery request, CancellationToken cancellationToken) =>
        desk.ListCategoriesAsync(request.Access.ToScope(), cancellationToken);
}
