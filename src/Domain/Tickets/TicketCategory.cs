namespace Portal.Domain.Tickets;

/// <summary>A support category a new ticket may be filed under.</summary>
public sealed record TicketCategory
{
    public TicketCategory(long id, string name)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Id = id;
        Name = name;
    }

    /// <summary>The Platform's id, which a new ticket names.</summary>
    public long Id { get; }

    public string Name { get; }
}
