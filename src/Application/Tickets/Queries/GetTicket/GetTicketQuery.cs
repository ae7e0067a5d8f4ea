using MediatR;
using Portal.Application.Common.Access;
using Portal.Domain.Tickets;

namespace Portal.Application.Tickets.Queries.GetTicket;

/// <summary>One support ticket of the tenant with its description and public comments.</summary>
public sealed record GetTicketQuery(AccessContext Access, string TicketId) : IRequest<Ticket>, ITenantScopedRequest;
