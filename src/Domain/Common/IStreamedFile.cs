namespace Portal.Domain.Common;

/// <summary>
/// A file a backend streams to Portal (a billing PDF, a ticket attachment): its bytes as they arrive and what the backend
/// said about them, the name and type untrusted. Whoever receives it owns it and must dispose it.
/// </summary>
public interface IStreamedFile : IAsyncDisposable
{
    Stream Content { get; }

    /// <summary>The name the backend gave; null when it gave none.</summary>
    string? FileName { get; }

    /// <summary>The media type the backend named; null when it named none.</summary>
    string? ContentType { get; }

    /// <summary>The size in bytes when the backend announced it; null when it streams without saying.</summary>
    long? Length { get; }
}
