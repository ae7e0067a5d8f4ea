using System.Globalization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Application.Common.Exceptions;
using Portal.Domain.Common;
using Portal.Web.Configuration;
using Portal.Web.Errors;
using Portal.Web.Identity;
using Portal.Web.Security;

namespace Portal.Web.Pages;

/// <summary>
/// Every error answer: the exception handler and the status-code pages re-execute here, and <see cref="ExceptionMap"/>
/// decides what is said. Never an exception's internals. A signed-in user keeps the header, the practice's navigation
/// (read from the address asked for, only when a backend failed (5xx); no backend is asked, since one may be what failed) and Sign out.
/// </summary>
public sealed class ErrorModel(SignInCookie cookie, CsrfTokens csrf, BackendModes modes) : PageModel, ILayoutModel
{
    public ErrorAnswer Answer { get; private set; } = ExceptionMap.ForStatus(StatusCodes.Status500InternalServerError);

    public string RetryUrl { get; private set; } = "/";

    public PortalSignIn? CurrentSignIn { get; private set; }

    public string LogoutCsrf => CurrentSignIn is null ? string.Empty : csrf.ForSignIn(CurrentSignIn, "logout");

    public PracticeHeader? Practice { get; private set; }

    public string? LiveUrl => null;

    /// <summary>What the reader entered in a form that was not sent (<see cref="FormNotSentException"/>); empty otherwise.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Entries { get; private set; } = [];

    /// <summary>For a 429: when the user may try again, as the Retry-After header says; otherwise null.</summary>
    public TimeSpan? RetryAfter { get; private set; }

    /// <summary>The wait in words: "45 seconds", "5 minutes".</summary>
    public string RetryAfterText => RetryAfter is not { } wait
        ? string.Empty
        : wait.TotalSeconds < 90
            ? string.Create(CultureInfo.InvariantCulture, $"{Math.Ceiling(wait.TotalSeconds)} seconds")
            : string.Create(CultureInfo.InvariantCulture, $"{Math.Ceiling(wait.TotalMinutes)} minutes");

    /// <summary>
    /// A failed request is re-executed here with its own method (a PUT that got 405 arrives as a PUT), so the page has no
    /// handler methods, which would limit it to theirs (this override only looks like one), and answers before any would run.
    /// </summary>
    [NonHandler]
    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        // Only a failed request re-executed here has an error to tell, and only an error status is one: /error/500 or
        // /error/200 visited by hand is a page that does not exist, not a 500 or a 429 without its wait.
        var reExecuted = HttpContext.Features.Get<IExceptionHandlerPathFeature>() is not null
            || HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is not null;
        context.Result = Respond(
            reExecuted && int.TryParse(Convert.ToString(RouteData.Values["code"], CultureInfo.InvariantCulture), out var code) && code is >= 400 and <= 599
                ? code
                : null);
    }

    private IActionResult Respond(int? code)
    {
        var failure = HttpContext.Features.Get<IExceptionHandlerPathFeature>();
        var statusFeature = HttpContext.Features.Get<IStatusCodeReExecuteFeature>();
        var originalPath = failure?.Path ?? statusFeature?.OriginalPath;
        Answer = failure is not null ? ExceptionMap.Map(failure.Error) : ExceptionMap.ForStatus(code ?? StatusCodes.Status404NotFound);
        Entries = (failure?.Error as FormNotSentException)?.Entries ?? [];

        if (Answer.Kind == ErrorKind.SignInRequired)
        {
            cookie.Clear(Response);
            return Redirect(failure?.Error is SignInRevokedException ? LoginRedirect.Ended : LoginRedirect.For(Request, originalPath));
        }

        if (cookie.TryRead(Request, out var signIn))
        {
            CurrentSignIn = signIn;
            // Only when a backend failed (5xx), where the practice's other areas may still work. Never on a 4xx: a practice
            // that is not the user's must answer exactly like one that does not exist, and the navigation would name it.
            if (Answer.StatusCode >= StatusCodes.Status500InternalServerError
                && originalPath?.Split('/') is ["", "t", var tenantId, ..]
                && Identifier.IsValid(tenantId))
            {
                Practice = new PracticeHeader(tenantId, null, [])
                {
                    HtpiAreas = modes.Htpi,
                    PlatformAreas = modes.Platform && signIn.HasPlatformLink(tenantId),
                };
            }
        }

        var retry = (originalPath ?? "/") + (statusFeature?.OriginalQueryString ?? Request.QueryString.Value);
        RetryUrl = LoginRedirect.IsLocal(retry) ? retry : "/";
        Response.StatusCode = Answer.StatusCode;
        if (Answer.RetryAfter is { } busyFor)
        {
            Response.Headers.RetryAfter = ExceptionMap.RetryAfterHeader(busyFor);
        }

        if (Answer.StatusCode == StatusCodes.Status429TooManyRequests
            && long.TryParse(Response.Headers.RetryAfter, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            RetryAfter = TimeSpan.FromSeconds(seconds);
        }

        return Page();
    }
}
