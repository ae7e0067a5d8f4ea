using Portal.Domain.Common;

namespace Portal.Domain.Tickets;

/// <summary>A file attached to a ticket's comment, as the conversation lists it.</summary>
public sealed record TicketAttachment
{
    public TicketAttachment(string id, string fileName, long sizeBytes)
    {
        Id = Identifier.Require(id, "Attachment id");
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        ArgumentOutOfRangeException.ThrowIfNegative(sizeBytes);
        FileName = fileName;
        SizeBytes = sizeBytes;
    }

    public string Id { get; }

    /// <summary>The name the file was uploaded with; whoever renders it must encode it.</summary>
    public string FileName { get; }

    public long SizeBytes { get; }
}
