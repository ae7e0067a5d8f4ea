namespace Portal.Demo.Backend.Data;

/// <summary>
/// A support ticket (<see cref="CustomerId"/> is the HTPI tenant id of the customer); replies append to
/// <see cref="Comments"/> and the status changes under <see cref="DemoWorld.Sync"/>.
/// </summary>
internal sealed class DemoTicket(
    int id,
    string ticketNumber,
    string customerId,
    string title,
    string description,
    string priority,
    DemoTicketCategory? category,
    string contactPerson,
    string contactEmail,
    string assignedTo,
    string source,
    DateTimeOffset createdAt)
{
    public int Id { get; } = id;

    public string TicketNumber { get; } = ticketNumber;

    public string CustomerId { get; } = customerId;

    public string Title { get; } = title;

    public string Description { get; } = description;

    public string Priority { get; } = priority;

    public DemoTicketCategory? Category { get; } = category;

    public string ContactPerson { get; } = contactPerson;

    public string ContactEmail { get; } = contactEmail;

    /// <summary>The staff member's name, or empty when nobody is assigned.</summary>
    public string AssignedTo { get; } = assignedTo;

    public string Source { get; } = source;

    public DateTimeOffset CreatedAt { get; } = createdAt;

    public string Status { get; set; } = "open";

    public DateTimeOffset UpdatedAt { get; set; } = createdAt;

    public DateTimeOffset? ClosedAt { get; set; }

    public List<DemoTicketComment> Comments { get; } = [];
}
