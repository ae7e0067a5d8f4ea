using MediatR;
using Portal.Application.Billing.Queries.GetInvoicePdf;
using Portal.Application.Billing.Queries.GetProformaPdf;
using Portal.Application.Common.Access;
using Portal.Domain.Billing;
using Portal.Web.Downloads;
using Portal.Web.Identity;

namespace Portal.Web.Billing;

/// <summary>
/// <c>GET /t/{tenantId}/billing/invoices/{number}/pdf</c> and <c>GET /t/{tenantId}/billing/proformas/{number}/pdf</c>: the
/// document's PDF copied from the backend's stream straight to the response as an attachment, never held whole in memory.
/// </summary>
public static class BillingPdfEndpoint
{
    public static Task HandleInvoiceAsync(string tenantId, string number, HttpContext context, SignedInWork signedIn) =>
        StreamAsync(context, signedIn, access => new GetInvoicePdfQuery(access, number), tenantId, number);

    public static Task HandleProformaAsync(string tenantId, string number, HttpContext context, SignedInWork signedIn) =>
        StreamAsync(context, signedIn, access => new GetProformaPdfQuery(access, number), tenantId, number);

    private static async Task StreamAsync(
        HttpContext context, SignedInWork signedIn, Func<AccessContext, IRequest<BillingPdf>> query, string tenantId, string number)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(signedIn);
        if (!signedIn.TryGetSignIn(context, out var signIn))
        {
            context.Response.Redirect(LoginRedirect.For(context.Request));
            return;
        }

        var aborted = context.RequestAborted;
        var document = await signedIn.SendAsync(signIn, query(signIn.AccessTo(tenantId)), aborted);
        await using (document)
        {
            await FileDownload.SendAsync(
                context.Response, document.Content, document.ContentType, document.FileName, number + ".pdf", document.Length, aborted);
        }
    }
}
