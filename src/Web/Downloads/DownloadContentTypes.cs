namespace Portal.Web.Downloads;

/// <summary>
/// The media types Portal passes on to the browser as the backend named them. Everything else (HTML, SVG, scripts, XML,
/// anything unknown or unnamed) goes out as <see cref="Opaque"/>, so no browser treats a download as something to run or
/// render, whatever an uploader claimed.
/// </summary>
public static class DownloadContentTypes
{
    public const string Opaque = "application/octet-stream";

    private static readonly HashSet<string> Passed = new(StringComparer.OrdinalIgnoreCase)
    {
        "application/pdf",
        "application/zip",
        "image/gif",
        "image/jpeg",
        "image/png",
        "image/webp",
        "text/csv",
        "text/plain",
    };

    /// <summary>The media type to send, lower-cased and without parameters: <paramref name="claimed"/>'s when allowed.</summary>
    public static string ToServed(string? claimed)
    {
        var mediaType = claimed?.Split(';', 2)[0].Trim();
        return mediaType is not null && Passed.Contains(mediaType) ? mediaType.ToLowerInvariant() : Opaque;
    }
}
