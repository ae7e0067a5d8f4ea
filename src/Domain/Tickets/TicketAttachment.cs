using Portal.Domain.Common;

namespace Portal.Domain.Tickets;

/// <summary>A file attached to a ticket's comment, as the conversation lists it.</summary>
public sealed record TicketAttachment
{
    public TicketAttachment(string id, string fileName, long? sizeBytes)
    {
        Id = Identifier.Require(id, "Attachment id");
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        if (sizeBytes < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(sizeBytes), sizeBytes, "A file's size cannot be negative.");
        }

        FileName = fileName;
        SizeBytes = sizeBytes;
    }

    public string Id { get; }

    /// <summary>The name the file was uploaded with; whoever renders it must encode it.</summary>
    public string FileName { get; }

    /// <summary>The file's size; null when the Platform did not give one.</summary>
    public long? SizeBytes { get; }

    /// <summary>The type the uploader's browser claimed, as the Platform stored it; null when it named none. Never trusted.</summary>
    public string? ContentType { get; init; }

    /// <summary>
    /// True when the Platform says its scan passed the file, the only one offered. False when the scan flagged it: it is
    /// listed but not offered, as the Platform refuses to hand it out. Null when the Platform did not say: not known to
    /// be safe, so not offered either, but for that reason and not the scan's. Required, so that no file is built as safe
    /// without being said to be.
    /// </summary>
    public required bool? IsSafe { get; init; }
}
