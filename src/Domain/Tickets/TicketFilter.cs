namespace Portal.Domain.Tickets;

/// <summary>Which tickets to list; a null criterion does not filter. <see cref="Search"/> matches titles and numbers.</summary>
public sealed record TicketFilter
{
    public const int MaxSearchLength = 100;

    public TicketFilter(TicketStatus? status, TicketPriority? priority, string? search)
    {
        if (status is { } knownStatus && (knownStatus == TicketStatus.Unknown || !Enum.IsDefined(knownStatus)))
        {
            throw new ArgumentOutOfRangeException(nameof(status), status, "Only a known ticket status can filter a list.");
        }

        if (priority is { } knownPriority && (knownPriority == TicketPriority.Unknown || !Enum.IsDefined(knownPriority)))
        {
            throw new ArgumentOutOfRangeException(nameof(priority), priority, "Only a known priority can filter a list.");
        }

        if (search is not null && (string.IsNullOrWhiteSpace(search) || search.Length > MaxSearchLength))
        {
            throw new ArgumentException($"A search is 1 to {MaxSearchLength} characters and not blank.", nameof(search));
        }

        Status = status;
        Priority = priority;
        Search = search;
    }

    public TicketStatus? Status { get; }

    public TicketPriority? Priority { get; }

    public string? Search { get; }

    public static TicketFilter All { get; } = new(null, null, null);
}
