using Portal.Application.Common.Validation;
using Portal.Domain.Tickets;

namespace Portal.Application.Tickets;

/// <summary>The ticket codes requests carry, as Web puts them in URLs and forms.</summary>
public static class TicketCodes
{
    public static CodeMap<TicketStatus> Statuses { get; } = new(
        ("open", TicketStatus.Open),
        ("pending", TicketStatus.Pending),
        ("in_progress", TicketStatus.InProgress),
        ("resolved", TicketStatus.Resolved),
        ("closed", TicketStatus.Closed));

    public static CodeMap<TicketPriority> Priorities { get; } = new(
        ("low", TicketPriority.Low),
        ("normal", TicketPriority.Normal),
        ("high", TicketPriority.High),
        ("urgent", TicketPriority.Urgent));
}
