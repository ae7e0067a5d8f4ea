using System.Text.Json.Serialization;
using Portal.Adapters.Http.Platform.Json;

namespace Portal.Adapters.Http.Tickets.Dtos;

/// <summary>The <c>data</c> of every tickets answer; each endpoint fills in its own part (the summary's counts sit in it directly).</summary>
internal sealed class TicketsData
{
    [JsonConverter(typeof(ObjectRowsConverter<TicketDto>))]
    public List<TicketDto?>? Tickets { get; set; }

    public PlatformPagination? Pagination { get; set; }

    public TicketDto? Ticket { get; set; }

    [JsonConverter(typeof(OptionalObjectConverter<TicketPermissionsDto>))]
    public TicketPermissionsDto? Permissions { get; set; }

    public TicketCommentDto? Comment { get; set; }

    [JsonConverter(typeof(ObjectRowsConverter<TicketCategoryDto>))]
    public List<TicketCategoryDto?>? Categories { get; set; }

    /// <summary>Open and in-progress tickets together.</summary>
    public int? OpenTickets { get; set; }

    public int? WaitingOnCustomer { get; set; }

    /// <summary>Closed tickets, despite the name.</summary>
    public int? ResolvedTickets { get; set; }
}
