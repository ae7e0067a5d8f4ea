namespace Portal.Domain.Tickets;

/// <summary>How urgent a ticket is. <see cref="Unknown"/> only describes tickets read back; a new ticket never has it.</summary>
public enum TicketPriority
{
    Unknown = 0,
    Low,
    Normal,
    High,
    Urgent,
    Critical,
}
