using Microsoft.Net.Http.Headers;

namespace Portal.Web.Downloads;

/// <summary>
/// Copies a backend's stream straight to the response as a download, never held whole in memory and never shown
/// inline: always <c>Content-Disposition: attachment</c> with a sanitised name (RFC 6266, <c>filename*</c> for names
/// beyond ASCII), a content type from <see cref="DownloadContentTypes"/>' allow-list and <c>X-Content-Type-Options:
/// nosniff</c>. Shared by every file Portal hands out (invoice PDFs, ticket attachments).
/// </summary>
public static class FileDownload
{
    public static async Task SendAsync(
        HttpResponse response,
        Stream content,
        string? contentType,
        string? fileName,
        string fallbackFileName,
        long? length,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(content);
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(DownloadFileName.Sanitise(fileName, fallbackFileName));
        response.ContentType = DownloadContentTypes.ToServed(contentType);
        response.Headers.ContentDisposition = disposition.ToString();
        response.Headers.XContentTypeOptions = "nosniff";
        if (length is { } known)
        {
            response.ContentLength = known;
        }

        await content.CopyToAsync(response.Body, cancellationToken);
    }
}
