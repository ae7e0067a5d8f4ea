namespace Portal.Domain.Tickets;

/// <summary>Where a support ticket is. <see cref="Unknown"/> stands for a state the Platform added later.</summary>
public enum TicketStatus
{
    Unknown = 0,
    Open,
    InProgress,

    /// <summary>Support asked the customer something and waits for the answer.</summary>
    WaitingOnCustomer,
    Closed,
}
