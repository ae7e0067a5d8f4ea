using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Domain.Common;
using Portal.Web.Errors;
using Portal.Web.Identity;
using Portal.Web.Security;

namespace Portal.Web.Pages;

/// <summary>
/// Every error answer: the exception handler and the status-code pages re-execute here, and <see cref="ExceptionMap"/>
/// decides what is said. Never an exception's internals. A signed-in user keeps the header, the practice's navigation
/// (read from the address asked for, except on a 404; no backend is asked, since one may be what failed) and Sign out.
/// </summary>
public sealed class ErrorModel(SignInCookie cookie, CsrfTokens csrf) : PageModel, ILayoutModel
{
    public ErrorAnswer Answer { get; private set; } = ExceptionMap.ForStatus(StatusCodes.Status500InternalServerError);

    public string RetryUrl { get; private set; } = "/";

    public PortalSignIn? CurrentSignIn { get; private set; }

    public string LogoutCsrf => CurrentSignIn is null ? string.Empty : csrf.ForSignIn(CurrentSignIn, "logout");

    public PracticeHeader? Practice { get; private set; }

    public string? LiveUrl => null;

    public IActionResult OnGet(int? code) => Respond(code);

    public IActionResult OnPost(int? code) => Respond(code);

    private IActionResult Respond(int? code)
    {
        var failure = HttpContext.Features.Get<IExceptionHandlerPathFeature>();
        var statusFeature = HttpContext.Features.Get<IStatusCodeReExecuteFeature>();
        var originalPath = failure?.Path ?? statusFeature?.OriginalPath;
        Answer = failure is not null ? ExceptionMap.Map(failure.Error) : ExceptionMap.ForStatus(code ?? StatusCodes.Status404NotFound);

        if (Answer.Kind == ErrorKind.SignInRequired)
        {
            cookie.Clear(Response);
            return Redirect(LoginRedirect.For(Request, originalPath));
        }

        if (cookie.TryRead(Request, out var signIn))
        {
            CurrentSignIn = signIn;
            // Not on a 404: a practice that is not the user's must answer exactly like one that does not exist.
            if (Answer.StatusCode != StatusCodes.Status404NotFound
                && originalPath?.Split('/') is ["", "t", var tenantId, ..]
                && Identifier.IsValid(tenantId))
            {
                Practice = new PracticeHeader(tenantId, null, []);
            }
        }

        var retry = (originalPath ?? "/") + (statusFeature?.OriginalQueryString ?? Request.QueryString.Value);
        RetryUrl = LoginRedirect.IsLocal(retry) ? retry : "/";
        Response.StatusCode = Answer.StatusCode;
        return Page();
    }
}
