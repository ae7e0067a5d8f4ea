using Portal.Application.Billing.Queries.GetInvoicePdf;
using Portal.Application.Billing.Queries.GetProformaPdf;
using Portal.Web.Downloads;
using Portal.Web.Identity;

namespace Portal.Web.Billing;

/// <summary>
/// <c>GET /t/{tenantId}/billing/invoices/{number}/pdf</c> and <c>GET /t/{tenantId}/billing/proformas/{number}/pdf</c>: the
/// document's PDF copied from the backend's stream straight to the response as an attachment (<see cref="FileDownload"/>).
/// </summary>
public static class BillingPdfEndpoint
{
    public static Task HandleInvoiceAsync(string tenantId, string number, HttpContext context, SignedInWork signedIn) =>
        FileDownload.StreamAsync(context, signedIn, signIn => new GetInvoicePdfQuery(signIn.AccessTo(tenantId), number), number + ".pdf");

    public static Task HandleProformaAsync(string tenantId, string number, HttpContext context, SignedInWork signedIn) =>
        FileDownload.StreamAsync(context, signedIn, signIn => new GetProformaPdfQuery(signIn.AccessTo(tenantId), number), number + ".pdf");
}
