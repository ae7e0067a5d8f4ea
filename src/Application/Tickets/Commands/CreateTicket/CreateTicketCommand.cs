using MediatR;
using Portal.Application.Common.Access;
using Portal.Domain.Tickets;

namespace Portal.Application.Tickets.Commands.CreateTicket;

/// <summary>
/// Opens a support ticket for the tenant. <see cref="Priority"/> is a code ("low", "normal", "high", "urgent",
/// "critical"); <see cref="Category"/> is a category's id as the form sends it ("3"), and a blank one leaves the ticket
/// for support to triage. Answers the ticket as stored.
/// </summary>
public sealed record CreateTicketCommand(
    AccessContext Access,
    string Title,
    string Description,
    string Priority,
    string? Category)
    : IRequest<Ticket>, ITenantScopedCommand;
