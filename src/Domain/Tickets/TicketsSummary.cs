using Portal.Domain.Common;

namespace Portal.Domain.Tickets;

/// <summary>The customer's support tickets at a glance; a count the Platform did not give is null.</summary>
public sealed record TicketsSummary
{
    public TicketsSummary(int? openTickets, int? waitingOnCustomer, int? closedTickets)
    {
        UnknownOrCount.Require(openTickets, nameof(openTickets));
        UnknownOrCount.Require(waitingOnCustomer, nameof(waitingOnCustomer));
        UnknownOrCount.Require(closedTickets, nameof(closedTickets));
        OpenTickets = openTickets;
        WaitingOnCustomer = waitingOnCustomer;
        ClosedTickets = closedTickets;
    }

    /// <summary>Tickets open or in progress: the Platform counts both together.</summary>
    public int? OpenTickets { get; }

    /// <summary>Tickets where support waits for the customer's answer.</summary>
    public int? WaitingOnCustomer { get; }

    public int? ClosedTickets { get; }
}
