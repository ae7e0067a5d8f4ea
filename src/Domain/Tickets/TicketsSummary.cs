namespace Portal.Domain.Tickets;

/// <summary>The customer's support tickets at a glance.</summary>
public sealed record TicketsSummary
{
    public TicketsSummary(int openTickets, int waitingOnCustomer, int closedTickets)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(openTickets);
        ArgumentOutOfRangeException.ThrowIfNegative(waitingOnCustomer);
        ArgumentOutOfRangeException.ThrowIfNegative(closedTickets);
        OpenTickets = openTickets;
        WaitingOnCustomer = waitingOnCustomer;
        ClosedTickets = closedTickets;
    }

    /// <summary>Tickets open or in progress: the Platform counts both together.</summary>
    public int OpenTickets { get; }

    /// <summary>Tickets where support waits for the customer's answer.</summary>
    public int WaitingOnCustomer { get; }

    public int ClosedTickets { get; }
}
