using Portal.Application.Common.Validation;
using Portal.Domain.Tickets;

namespace Portal.Application.Tickets;

/// <summary>The ticket codes requests carry, as Web puts them in URLs and forms.</summary>
public static class TicketCodes
{
    public static CodeMap<TicketStatus> Statuses { get; } = new(
        ("open", TicketStatus.Open),
        ("in_progress", TicketStatus.InProgress),
        ("waiting_on_customer", TicketStatus.WaitingOnCustomer),
        ("closed", TicketStatus.Closed));

    public static CodeMap<TicketPriority> Priorities { get; } = new(
        ("low", TicketPriority.Low),
        ("normal", TicketPriority.Normal),
        ("high", TicketPriority.High),
        ("urgent", TicketPriority.Urgent),
        ("critical", TicketPriority.Critical));
}
