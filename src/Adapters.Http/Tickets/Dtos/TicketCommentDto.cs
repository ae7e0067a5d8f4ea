using System.Text.Json.Serialization;
using Portal.Adapters.Http.Platform.Json;

namespace Portal.Adapters.Http.Tickets.Dtos;

/// <summary>A public comment; the author is only a name, an e-mail address and a role ("Staff" or "Customer").</summary>
internal sealed class TicketCommentDto
{
    public string? Id { get; set; }

    public string? AuthorName { get; set; }

    public string? AuthorRole { get; set; }

    public bool? IsStaffReply { get; set; }

    /// <summary><c>customer</c>, <c>support</c> (or <c>internal</c>, <c>system</c>, never sent to customers).</summary>
    public string? CommentType { get; set; }

    public string? Content { get; set; }

    public string? CreatedAt { get; set; }

    [JsonConverter(typeof(ObjectRowsConverter<TicketAttachmentDto>))]
    public List<TicketAttachmentDto?>? Attachments { get; set; }
}
