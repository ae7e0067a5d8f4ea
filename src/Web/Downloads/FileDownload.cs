using MediatR;
using Microsoft.Net.Http.Headers;
using Portal.Domain.Common;
using Portal.Web.Identity;

namespace Portal.Web.Downloads;

/// <summary>
/// The one path of every file Portal hands out (invoice and proforma PDFs, ticket attachments): the signed-in user's
/// request for it, and the backend's stream copied straight to the response as a download, never held whole in memory
/// and never shown inline: always <c>Content-Disposition: attachment</c> with a sanitised name (RFC 6266,
/// <c>filename*</c> for names beyond ASCII), a content type from <see cref="DownloadContentTypes"/>' allow-list and
/// <c>X-Content-Type-Options: nosniff</c>.
/// </summary>
public static class FileDownload
{
    /// <summary>
    /// Sends <paramref name="request"/>'s query for the signed-in user (no sign-in: off to the login page) and streams the
    /// file it answers; <paramref name="fallbackFileName"/> when the backend's name leaves nothing to offer.
    /// </summary>
    public static async Task StreamAsync<TFile>(
        HttpContext context, SignedInWork signedIn, Func<PortalSignIn, IRequest<TFile>> request, string fallbackFileName)
        where TFile : IStreamedFile
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(signedIn);
        ArgumentNullException.ThrowIfNull(request);
        if (!signedIn.TryGetSignIn(context, out var signIn))
        {
            context.Response.Redirect(LoginRedirect.For(context.Request));
            return;
        }

        var aborted = context.RequestAborted;
        var file = await signedIn.SendAsync(signIn, request(signIn), aborted);
        await using (file)
        {
            var response = context.Response;
            var disposition = new ContentDispositionHeaderValue("attachment");
            disposition.SetHttpFileName(DownloadFileName.Sanitise(file.FileName, fallbackFileName));
            response.ContentType = DownloadContentTypes.ToServed(file.ContentType);
            response.Headers.ContentDisposition = disposition.ToString();
            response.Headers.XContentTypeOptions = "nosniff";
            if (file.Length is { } known)
            {
                response.ContentLength = known;
            }

            // A HEAD is answered with the file's headers alone: its body is left unread, so the backend sends no more of it.
            if (!HttpMethods.IsHead(context.Request.Method))
            {
                await file.Content.CopyToAsync(response.Body, aborted);
            }
        }
    }
}
