using MediatR;
using Portal.Application.Common.Access;
using Portal.Domain.Tickets;

namespace Portal.Application.Tickets.Queries.ListTicketCategories;

/// <summary>
/// The support categories a new ticket of the tenant may be filed under. The Platform lists them to anyone who signs the
/// call, so the caller's access to the tenant is Portal's to check.
/// </summary>
public sealed record ListTicketCategoriesQuery(AccessContext Access)
    : IRequest<IReadOnlyList<TicketCategory>>, IBackendUncheckedRequest;
