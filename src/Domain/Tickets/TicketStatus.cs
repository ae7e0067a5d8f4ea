namespace Portal.Domain.Tickets;

/// <summary>Where a support ticket is. <see cref="Unknown"/> stands for a state the Platform added later.</summary>
public enum TicketStatus
{
    Unknown = 0,
    Open,

    /// <summary>Waiting for the customer's answer.</summary>
    Pending,
    InProgress,
    Resolved,
    Closed,
}
