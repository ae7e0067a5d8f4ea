namespace Portal.Demo.Backend.Data;

/// <summary>A plausible support conversation: the customer's question, then alternating staff and customer replies.</summary>
internal sealed record DemoTicketTemplate(int CategoryId, string Title, string Description, IReadOnlyList<string> Replies);
