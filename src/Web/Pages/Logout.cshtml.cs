using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Application.Common.Exceptions;
using Portal.Application.Identity.Commands.SignOut;
using Portal.Web.Identity;
using Portal.Web.Security;

namespace Portal.Web.Pages;

/// <summary>
/// Signing out forgets the cookie and asks the identity backend to end the token, so a copy of the cookie stops working
/// too where the backend can end tokens. The backend's answer never holds the user up: a backend that cannot end tokens,
/// is down or slow still leaves the browser signed out, and the cookie's own lifetimes bound any copy.
/// </summary>
public sealed partial class LogoutModel(IMediator mediator, SignInCookie cookie, CsrfTokens csrf, ILogger<LogoutModel> logger) : PageModel
{
    /// <summary>How long sign-out waits for the identity backend before it carries on without its answer.</summary>
    public static readonly TimeSpan BackendWait = TimeSpan.FromSeconds(3);

    public IActionResult OnGet() => Redirect("/");

    public async Task<IActionResult> OnPostAsync()
    {
        // A cookie that no longer reads (expired, from another key) is cleared. Without one, nothing is: a cross-site post
        // arrives without the SameSite=Strict cookie, and its answer must not sign the browser out.
        if (cookie.TryReadOrClear(Response, out var signIn))
        {
            csrf.Demand(Request, signIn, "logout");
            await EndTokenAsync(signIn);
            cookie.Clear(Response);
            return Redirect(LoginRedirect.LoginPath + "?signedOut=true");
        }

        return Redirect(LoginRedirect.LoginPath);
    }

    private async Task EndTokenAsync(PortalSignIn signIn)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(HttpContext.RequestAborted);
        wait.CancelAfter(BackendWait);
        try
        {
            await mediator.Send(new SignOutCommand(signIn.Token), wait.Token);
        }
        catch (PortalException unended)
        {
            // Down, slow or no longer knowing the token: the browser is signed out all the same.
            LogTokenNotEnded(logger, unended.GetType().Name);
        }
        catch (OperationCanceledException) when (wait.IsCancellationRequested && !HttpContext.RequestAborted.IsCancellationRequested)
        {
            LogTokenNotEnded(logger, "no answer in time");
        }
    }

    [LoggerMessage(EventId = 4305, Level = LogLevel.Debug, Message = "Signed out without the identity backend ending the token ({Reason}).")]
    private static partial void LogTokenNotEnded(ILogger logger, string reason);
}
