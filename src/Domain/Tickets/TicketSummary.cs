namespace Portal.Domain.Tickets;

/// <summary>A support ticket as a list shows it.</summary>
public sealed record TicketSummary
{
    public TicketSummary(
        TicketId id,
        string? number,
        string title,
        TicketStatus status,
        TicketPriority priority,
        string? category,
        DateTimeOffset? createdAt,
        DateTimeOffset? updatedAt)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (number is not null && string.IsNullOrWhiteSpace(number))
        {
            throw new ArgumentException("A ticket's number is either absent or not blank.", nameof(number));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        if (category is not null && string.IsNullOrWhiteSpace(category))
        {
            throw new ArgumentException("A category is either absent or not blank.", nameof(category));
        }

        Id = id;
        Number = number;
        Title = title;
        Status = status;
        Priority = priority;
        Category = category;
        CreatedAt = createdAt;

        // A change before the opening contradicts it, and which of the two is wrong cannot be told: the change's time is
        // dropped and the opening's stands in for it, as for a ticket without one, so it costs that one value, never the
        // ticket or its list.
        UpdatedAt = updatedAt is { } updated && (createdAt is null || updated >= createdAt) ? updated : createdAt;
    }

    public TicketId Id { get; }

    /// <summary>
    /// The number people quote on the phone, for example "TK2026-0000002A"; not an id for lookups. Null when the backend
    /// gave none.
    /// </summary>
    public string? Number { get; }

    public string Title { get; }

    public TicketStatus Status { get; }

    public TicketPriority Priority { get; }

    /// <summary>The support category's display name; null when uncategorised.</summary>
    public string? Category { get; }

    /// <summary>When the ticket was opened; null when the Platform's time could not be read. The Platform orders the lists by it, not Portal.</summary>
    public DateTimeOffset? CreatedAt { get; }

    /// <summary>
    /// The last change, else the opening: when no change time is known, or the one given is before the opening; null when
    /// neither time is known.
    /// </summary>
    public DateTimeOffset? UpdatedAt { get; }

    /// <summary>The status as the Platform spelt it, to show a <see cref="TicketStatus.Unknown"/> one as it came.</summary>
    public string? StatusCode { get; init; }

    /// <summary>The priority as the Platform spelt it, to show a <see cref="TicketPriority.Unknown"/> one as it came.</summary>
    public string? PriorityCode { get; init; }
}
