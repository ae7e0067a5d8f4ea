using Portal.Domain.Common;

namespace Portal.Domain.Tickets;

/// <summary>
/// A ticket attachment's bytes as a stream straight from the Platform, with what the Platform says about them. The name
/// and type are the uploader's and untrusted: whoever hands them to a browser checks both. Whoever receives it owns it
/// and must dispose it.
/// </summary>
public sealed class AttachmentFile : IStreamedFile
{
    public AttachmentFile(Stream content, string? fileName, string? contentType, long? length)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (length is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(length), length, "A length is never negative.");
        }

        Content = content;
        FileName = fileName;
        ContentType = contentType;
        Length = length;
    }

    public Stream Content { get; }

    /// <summary>The name the Platform gave in its Content-Disposition; null when it gave none.</summary>
    public string? FileName { get; }

    /// <summary>The media type the Platform answered with; null when it named none.</summary>
    public string? ContentType { get; }

    /// <summary>The size in bytes when the Platform announced it; null when it streams without saying.</summary>
    public long? Length { get; }

    public ValueTask DisposeAsync() => Content.DisposeAsync();
}
