using Portal.Adapters.Http.Platform.Json;

namespace Portal.Adapters.Http.Tickets.Dtos;

/// <summary>The <c>data</c> of every tickets answer; each endpoint fills in its own part (the summary's counts sit in it directly).</summary>
internal sealed class TicketsData
{
    public List<TicketDto?>? Tickets { get; set; }

    public PlatformPagination? Pagination { get; set; }

    public TicketDto? Ticket { get; set; }

    public TicketCommentDto? Comment { get; set; }

    public int? TotalTickets { get; set; }

    public int? OpenTickets { get; set; }

    public int? PendingTickets { get; set; }

    public int? ResolvedTickets { get; set; }
}
