namespace Portal.Adapters.Http.Tickets.Dtos;

internal sealed class TicketAttachmentDto
{
    public string? Id { get; set; }

    public string? Filename { get; set; }

    public long? FileSize { get; set; }

    public string? ContentType { get; set; }

    /// <summary>Whether the Platform's scan passed the file; missing, it is not known to have, and the file is not offered.</summary>
    public bool? IsSafe { get; set; }
}
