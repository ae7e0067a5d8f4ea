using Portal.Adapters.Http.Platform;
using Portal.Adapters.Http.Tickets.Dtos;
using Portal.Domain.Common;
using Portal.Domain.Tickets;

namespace Portal.Adapters.Http.Tickets;

/// <summary>The tickets area's <c>data</c> blocks as Domain tickets.</summary>
internal static class TicketsMapper
{
    public static Page<TicketSummary> ToPage(TicketsData? data, PageRequest requested)
    {
        var present = Require(data);
        return PageMapping.ToPage(PageMapping.Items(present.Tickets, "data.tickets", ToSummary), present.Pagination, requested);
    }

    public static TicketsSummary ToTicketsSummary(TicketsData? data)
    {
        var present = Require(data);
        return new TicketsSummary(
            WireValues.Require(present.TotalTickets, "data.total_tickets"),
            WireValues.Require(present.OpenTickets, "data.open_tickets"),
            WireValues.Require(present.PendingTickets, "data.pending_tickets"),
            WireValues.Require(present.ResolvedTickets, "data.resolved_tickets"));
    }

    /// <summary>A ticket with its comments oldest first; a fresh ticket may come without any.</summary>
    public static Ticket ToTicket(TicketsData? data)
    {
        var ticket = Require(data).Ticket ?? throw new FormatException("'data.ticket' is missing.");
        var comments = ticket.Comments is null
            ? []
            : PageMapping.Items(ticket.Comments, "ticket.comments", ToComment).OrderBy(comment => comment.CreatedAt).ToArray();
        return new Ticket(ToSummary(ticket), ticket.Description ?? string.Empty, comments);
    }

    public static TicketComment ToComment(TicketsData? data) =>
        ToComment(Require(data).Comment ?? throw new FormatException("'data.comment' is missing."));

    private static TicketSummary ToSummary(TicketDto ticket) =>
        new(
            new TicketId(WireValues.Require(ticket.Id, "ticket.id")),
            WireValues.Require(ticket.TicketNumber, "ticket.ticket_number"),
            WireValues.Require(ticket.Title, "ticket.title"),
            WireValues.ToEnum<TicketStatus>(ticket.Status),
            WireValues.ToEnum<TicketPriority>(ticket.Priority),
            WireValues.Optional(ticket.CategoryName),
            ticket.CommentsCount,
            WireValues.ToInstant(ticket.CreatedAt, "ticket.created_at"),
            WireValues.ToOptionalInstant(ticket.UpdatedAt, "ticket.updated_at") ?? WireValues.ToInstant(ticket.CreatedAt, "ticket.created_at"));

    private static TicketComment ToComment(TicketCommentDto comment) =>
        new(
            new TicketCommentId(WireValues.Require(comment.Id, "comment.id")),
            WireValues.Require(comment.AuthorName, "comment.author_name"),
            comment.IsFromStaff,
            comment.Content ?? string.Empty,
            WireValues.ToInstant(comment.CreatedAt, "comment.created_at"));

    private static TicketsData Require(TicketsData? data) => data ?? throw new FormatException("'data' is missing.");
}
