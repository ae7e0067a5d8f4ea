using MediatR;
using Microsoft.Net.Http.Headers;
using Portal.Application.Billing.Queries.GetInvoicePdf;
using Portal.Application.Common.Access;
using Portal.Web.Identity;

namespace Portal.Web.Billing;

/// <summary>
/// <c>GET /t/{tenantId}/billing/invoices/{number}/pdf</c>: the invoice's PDF copied from the backend's stream straight to
/// the response as an attachment, never held whole in memory.
/// </summary>
public static class InvoicePdfEndpoint
{
    public static async Task HandleAsync(
        string tenantId, string number, HttpContext context, IMediator mediator, SignInCookie cookie, SignedInWork signedIn)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(mediator);
        ArgumentNullException.ThrowIfNull(cookie);
        ArgumentNullException.ThrowIfNull(signedIn);
        if (!cookie.TryRead(context.Request, out var signIn))
        {
            context.Response.Redirect(LoginRedirect.For(context.Request));
            return;
        }

        var aborted = context.RequestAborted;
        var access = new AccessContext(signIn.Token, signIn.UserId, tenantId);
        var document = await signedIn.RunAsync(signIn, () => mediator.Send(new GetInvoicePdfQuery(access, number), aborted), aborted);
        await using (document)
        {
            var disposition = new ContentDispositionHeaderValue("attachment");
            disposition.SetHttpFileName(document.FileName);
            var response = context.Response;
            response.ContentType = document.ContentType;
            response.Headers.ContentDisposition = disposition.ToString();
            if (document.Length is { } length)
            {
                response.ContentLength = length;
            }

            await document.Content.CopyToAsync(response.Body, aborted);
        }
    }
}
