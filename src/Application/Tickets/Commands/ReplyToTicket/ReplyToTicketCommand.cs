using MediatR;
using Portal.Application.Common.Access;
using Portal.Domain.Tickets;

namespace Portal.Application.Tickets.Commands.ReplyToTicket;

/// <summary>Adds the customer's reply to one of the tenant's tickets; answers the comment as stored.</summary>
public sealed record ReplyToTicketCommand(AccessContext Access, string TicketId, string Content)
    : IRequest<TicketComment>, ITenantScopedCommand
{
    /// <summary>The Platform's own minimum, counted after trimming.</summary>
    public const int MinContentLength = 2;

    public const int MaxContentLength = 5000;
}
