using MediatR;
using Portal.Application.Common.Access;
using Portal.Domain.Tickets;

namespace Portal.Application.Tickets.Queries.ListTicketCategories;

/// <summary>The support categories a new ticket of the tenant may be filed under.</summary>
public sealed record ListTicketCategoriesQuery(AccessContext Access)
    : IRequest<IReadOnlyList<TicketCategory>>, ITenantScopedRequest;
