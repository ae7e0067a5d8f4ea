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
    public static Task HandleAsync(string tenantId, string ticketId, string attachmentId, HttpContext context, SignedInWork signedIn) =>
        FileDownload.StreamAsync(
            context, signedIn, signIn => new GetTicketAttachmentQuery(signIn.AccessTo(tenantId), ticketId, attachmentId), "attachment-" + attachmentId);
}
