using System.Text.Json.Serialization;
using Portal.Adapters.Http.Platform.Json;

namespace Portal.Adapters.Http.Tickets.Dtos;

/// <summary>
/// A ticket as lists send it (<c>TicketItem</c>, with <c>category_name</c> absent when uncategorised) and as the detail
/// and create answers send it (<c>TicketDetail</c>, with a <c>category</c> object, the description and the comments).
/// </summary>
internal sealed class TicketDto
{
    public string? Id { get; set; }

    public string? TicketNumber { get; set; }

    public string? Title { get; set; }

    public string? Status { get; set; }

    public string? Priority { get; set; }

    public string? CategoryName { get; set; }

    [JsonConverter(typeof(OptionalObjectConverter<TicketCategoryDto>))]
    public TicketCategoryDto? Category { get; set; }

    public string? CreatedAt { get; set; }

    public string? UpdatedAt { get; set; }

    public string? Description { get; set; }

    [JsonConverter(typeof(ObjectRowsConverter<TicketCommentDto>))]
    public List<TicketCommentDto?>? Comments { get; set; }

    /// <summary>The files of the public comments (detail only).</summary>
    [JsonConverter(typeof(ObjectRowsConverter<TicketAttachmentDto>))]
    public List<TicketAttachmentDto?>? Attachments { get; set; }
}
