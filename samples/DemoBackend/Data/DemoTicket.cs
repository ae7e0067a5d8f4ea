namespace Portal.Demo.Backend.Data;

/// <summary>A support ticket; replies append to <see cref="Comments"/> under <see cref="DemoWorld.Sync"/>.</summary>
internal sealed class DemoTicket(
    int id,
    string ticketNumber,
    string customerId,
    string title,
    string description,
    string priority,
    string categoryName,
    DateTimeOffset createdAt)
{
    public int Id { get; } = id;

    public string TicketNumber { get; } = ticketNumber;

    public string CustomerId { get; } = customerId;

    public string Title { get; } = title;

    public string Description { get; } = description;

    public string Priority { get; } = priority;

    public string CategoryName { get; } = categoryName;

    public DateTimeOffset CreatedAt { get; } = createdAt;

    public string Status { get; set; } = "open";

    public DateTimeOffset UpdatedAt { get; set; } = createdAt;

    public List<DemoTicketComment> Comments { get; } = [];
}
