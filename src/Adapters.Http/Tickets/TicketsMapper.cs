using Portal.Adapters.Http.Platform;
using Portal.Adapters.Http.Tickets.Dtos;
using Portal.Domain.Common;
using Portal.Domain.Tickets;

namespace Portal.Adapters.Http.Tickets;

/// <summary>The tickets area's <c>data</c> blocks as Domain tickets.</summary>
internal static class TicketsMapper
{
    private const string StaffRole = "Staff";

    private const string CustomerRole = "Customer";

    public static Page<TicketSummary> ToPage(TicketsData? data, PageRequest requested)
    {
        var present = Require(data);
        return PageMapping.ToCountedPage(present.Tickets, "data.tickets", ticket => ticket.Id, ToSummary, present.Pagination, requested);
    }

    /// <summary>
    /// PRAHO's summary keys say more than they count: <c>open_tickets</c> includes in-progress ones, <c>resolved_tickets</c>
    /// counts closed ones and <c>pending_tickets</c> is always 0 (so it is not read). A missing or negative count is unknown.
    /// </summary>
    public static TicketsSummary ToTicketsSummary(TicketsData? data)
    {
        var present = Require(data);
        return new TicketsSummary(
            UnknownOrCount.From(present.OpenTickets),
            UnknownOrCount.From(present.WaitingOnCustomer),
            UnknownOrCount.From(present.ResolvedTickets));
    }

    /// <summary>
    /// A ticket with its comments oldest first; a fresh ticket may come without any. Whether the customer may reply is
    /// the answer's <c>permissions.can_reply</c> (a create answer has none: a new ticket is open).
    /// </summary>
    public static Ticket ToTicket(TicketsData? data)
    {
        var present = Require(data);
        var ticket = present.Ticket ?? throw new FormatException("'data.ticket' is missing.");
        var comments = ticket.Comments is null
            ? []
            : PageMapping.Items(ticket.Comments, "ticket.comments", comment => ToComment(comment, unsaidSide: null))
                // A comment whose time could not be read still belongs to the conversation: it comes after the dated ones.
                .OrderBy(comment => comment.CreatedAt ?? DateTimeOffset.MaxValue)
                .ToArray();
        var mapped = new Ticket(ToSummary(ticket), ticket.Description ?? string.Empty, comments)
        {
            Attachments = ToAttachments(ticket.Attachments, "ticket.attachments"),
        };
        return present.Permissions?.CanReply is { } canReply ? mapped with { CanReply = canReply } : mapped;
    }

    /// <summary>The reply Portal sent: the customer's side, whatever the answer leaves unsaid (the Platform stores it so).</summary>
    public static TicketComment ToComment(TicketsData? data) =>
        ToComment(Require(data).Comment ?? throw new FormatException("'data.comment' is missing."), unsaidSide: false);

    /// <summary>A category a ticket could not be filed under (no positive integer id, no name) is left out of the choice.</summary>
    public static IReadOnlyList<TicketCategory> ToCategories(TicketsData? data) =>
        [.. PageMapping.Items(Require(data).Categories, "data.categories", ToCategoryOrNull).OfType<TicketCategory>()];

    private static TicketCategory? ToCategoryOrNull(TicketCategoryDto category) =>
        WireValues.TryPlatformId(category.Id?.Trim()) is { } id
        && (WireValues.Optional(category.NameEn) ?? WireValues.Optional(category.Name)) is { } name
            ? new TicketCategory(id, name)
            : null;

    /// <summary>
    /// An update time missing, unreadable or before the opening is the opening's (<see cref="TicketSummary.UpdatedAt"/>);
    /// a ticket without a title is called by its number (else its id), as a service without a name is by its domain or
    /// id; one without a number has none.
    /// </summary>
    private static TicketSummary ToSummary(TicketDto ticket)
    {
        var id = WireValues.Require(ticket.Id, "ticket.id");
        var number = WireValues.Optional(ticket.TicketNumber)?.Trim();
        return new(
            new TicketId(id),
            number,
            WireValues.Optional(ticket.Title) ?? "Ticket " + (number ?? id),
            WireValues.ToEnum<TicketStatus>(ticket.Status),
            WireValues.ToEnum<TicketPriority>(ticket.Priority),
            WireValues.Optional(ticket.CategoryName) ?? WireValues.Optional(ticket.Category?.NameEn) ?? WireValues.Optional(ticket.Category?.Name),
            WireValues.TryInstant(ticket.CreatedAt),
            WireValues.TryInstant(ticket.UpdatedAt))
        {
            StatusCode = WireValues.Optional(ticket.Status),
            PriorityCode = WireValues.Optional(ticket.Priority),
        };
    }

    /// <summary>
    /// Nothing addresses a single comment, so one whose id Portal could not address is still shown, without an id; one
    /// without its author's name is shown as staff's or the customer's side alone, and one whose <c>author_role</c> and
    /// <c>is_staff_reply</c> and <c>comment_type</c> say neither side is shown as <paramref name="unsaidSide"/>, nobody's side
    /// unless the caller knows, rather than guessed to be the customer's.
    /// </summary>
    private static TicketComment ToComment(TicketCommentDto comment, bool? unsaidSide) =>
        new(
            Identifier.IsValid(comment.Id) ? new TicketCommentId(comment.Id!) : null,
            WireValues.Optional(comment.AuthorName)?.Trim(),
            FromStaff(comment) ?? unsaidSide,
            comment.Content ?? string.Empty,
            WireValues.TryInstant(comment.CreatedAt),
            ToAttachments(comment.Attachments, "comment.attachments"));

    private static bool? FromStaff(TicketCommentDto comment) => comment.AuthorRole?.Trim() switch
    {
        var role when string.Equals(role, StaffRole, StringComparison.OrdinalIgnoreCase) => true,
        var role when string.Equals(role, CustomerRole, StringComparison.OrdinalIgnoreCase) => comment.IsStaffReply == true,
        _ => comment.IsStaffReply ?? comment.CommentType?.Trim().ToLowerInvariant() switch
        {
            "support" => true,
            "customer" => false,
            _ => null,
        },
    };

    private static IReadOnlyList<TicketAttachment> ToAttachments(List<TicketAttachmentDto?>? attachments, string field) =>
        attachments is null
            ? []
            // A file is downloaded by its id: one whose id Portal could not address is left out, not the ticket.
            : PageMapping.AddressableItems(attachments, field, attachment => attachment.Id, ToAttachment);

    /// <summary>
    /// The name is only shown: a nameless file is still the ticket's, and still downloads. A file is offered only when the
    /// Platform says its scan passed it: one whose flag is missing is not known to be safe, and kept unknown so the page
    /// does not say the scan flagged it.
    /// </summary>
    private static TicketAttachment ToAttachment(TicketAttachmentDto attachment)
    {
        var id = WireValues.Require(attachment.Id, "attachment.id");
        return new TicketAttachment(id, WireValues.Optional(attachment.Filename) ?? "attachment " + id, attachment.FileSize >= 0 ? attachment.FileSize : null)
        {
            ContentType = WireValues.Optional(attachment.ContentType),
            IsSafe = attachment.IsSafe,
        };
    }

    private static TicketsData Require(TicketsData? data) => data ?? throw new FormatException("'data' is missing.");
}
