using System.Text.Json.Serialization;
using Portal.Adapters.Http.Platform.Json;

namespace Portal.Adapters.Http.Tickets.Dtos;

internal sealed class TicketCommentDto
{
    [JsonConverter(typeof(FlexibleStringConverter))]
    public string? Id { get; set; }

    public string? AuthorName { get; set; }

    public bool IsFromStaff { get; set; }

    public string? Content { get; set; }

    public string? CreatedAt { get; set; }
}
