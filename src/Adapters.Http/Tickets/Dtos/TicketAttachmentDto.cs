namespace Portal.Adapters.Http.Tickets.Dtos;

internal sealed class TicketAttachmentDto
{
    public string? Id { get; set; }

    public string? Filename { get; set; }

    public long? FileSize { get; set; }

    public string? ContentType { get; set; }

    /// <summary>Absent in an older answer: then the Platform's own check at download decides.</summary>
    public bool? IsSafe { get; set; }
}
