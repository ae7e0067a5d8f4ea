namespace Portal.Domain.Tickets;

/// <summary>The customer's support tickets at a glance.</summary>
public sealed record TicketsSummary
{
    public TicketsSummary(int totalTickets, int openTickets, int pendingTickets, int resolvedTickets)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(totalTickets);
        ArgumentOutOfRangeException.ThrowIfNegative(openTickets);
        ArgumentOutOfRangeException.ThrowIfNegative(pendingTickets);
        ArgumentOutOfRangeException.ThrowIfNegative(resolvedTickets);
        TotalTickets = totalTickets;
        OpenTickets = openTickets;
        PendingTickets = pendingTickets;
        ResolvedTickets = resolvedTickets;
    }

    public int TotalTickets { get; }

    public int OpenTickets { get; }

    /// <summary>Tickets waiting for the customer's answer.</summary>
    public int PendingTickets { get; }

    public int ResolvedTickets { get; }
}
