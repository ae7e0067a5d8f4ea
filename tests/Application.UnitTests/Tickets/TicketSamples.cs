using Portal.Application.Common.Access;
using Portal.Domain.Tickets;

namespace Portal.Application.UnitTests.Tickets;

internal static class TicketSamples
{
    public static AccessContext Access { get; } = new("token-123", "user-1", "tenant-1");

    public static Ticket Ticket(string id, string title, TicketStatus status = TicketStatus.Open, TicketPriority priority = TicketPriority.Normal)
    {
        var created = new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.Zero);
        var summary = new TicketSummary(new TicketId(id), $"TK-{id}", title, status, priority, "Hosting", created, created);
        return new Ticket(summary, "The site answers 502 since this morning.", []);
    }

    /// <summary>Ticket 17, whose public conversation lists the files given.</summary>
    public static Ticket TicketListing(params TicketAttachment[] files) => Ticket("17", "Site down") with { Attachments = files };
}
