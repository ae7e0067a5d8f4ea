using MediatR;
using Portal.Application.Common.Access;
using Portal.Domain.Tickets;

namespace Portal.Application.Tickets.Queries.GetTicketsSummary;

/// <summary>The tenant's support tickets at a glance: how many are open or in progress, waiting for the customer, closed.</summary>
public sealed record GetTicketsSummaryQuery(AccessContext Access) : IRequest<TicketsSummary>, ITenantScopedRequest;
