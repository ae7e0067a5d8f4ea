using Portal.Application.Tickets.Queries.GetTicketAttachment;
using Portal.Web.Downloads;
using Portal.Web.Identity;

namespace Portal.Web.Tickets;

/// <summary>
/// <c>GET /t/{tenantId}/tickets/{ticketId}/attachments/{attachmentId}</c>: a file of the ticket streamed from the Platform
/// as a download (<see cref="FileDownload"/>): never rendered inline, whatever its uploader named or claimed it to be.
/// </summary>
public static class TicketAttachmentEndpoint
{
    public static async Task HandleAsync(
        string tenantId, string ticketId, string attachmentId, HttpContext context, SignedInWork signedIn)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(signedIn);
        if (!signedIn.TryGetSignIn(context, out var signIn))
        {
            context.Response.Redirect(LoginRedirect.For(context.Request));
            return;
        }

        var aborted = context.RequestAborted;
        var file = await signedIn.SendAsync(
            signIn, new GetTicketAttachmentQuery(signIn.AccessTo(tenantId), ticketId, attachmentId), aborted);
        await using (file)
        {
            await FileDownload.SendAsync(
                context.Response, file.Content, file.ContentType, file.FileName, "attachment-" + attachmentId, file.Length, aborted);
        }
    }
}
