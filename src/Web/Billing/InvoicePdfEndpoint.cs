using Portal.Application.Billing.Queries.GetInvoicePdf;
using Portal.Web.Downloads;
using Portal.Web.Identity;

namespace Portal.Web.Billing;

/// <summary>
/// <c>GET /t/{tenantId}/billing/invoices/{number}/pdf</c>: the invoice's PDF copied from the backend's stream straight to
/// the response as an attachment, never held whole in memory.
/// </summary>
public static class InvoicePdfEndpoint
{
    public static async Task HandleAsync(string tenantId, string number, HttpContext context, SignedInWork signedIn)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(signedIn);
        if (!signedIn.TryGetSignIn(context, out var signIn))
        {
            context.Response.Redirect(LoginRedirect.For(context.Request));
            return;
        }

        var aborted = context.RequestAborted;
        var document = await signedIn.SendAsync(signIn, new GetInvoicePdfQuery(signIn.AccessTo(tenantId), number), aborted);
        await using (document)
        {
            await FileDownload.SendAsync(
                context.Response, document.Content, document.ContentType, document.FileName, number + ".pdf", document.Length, aborted);
        }
    }
}
