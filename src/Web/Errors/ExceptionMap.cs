using System.Globalization;
using Portal.Application.Common.Exceptions;
using Portal.Web.Security;

namespace Portal.Web.Errors;

/// <summary>
/// The one place that turns a failure into an answer. Forms catch <see cref="RequestValidationException"/> themselves to
/// show the messages beside their fields; anything that reaches here is answered with a whole error page.
/// </summary>
public static class ExceptionMap
{
    public static ErrorAnswer Map(Exception? exception) => exception switch
    {
        RequestValidationException invalid => new(
            ErrorKind.BadRequest,
            StatusCodes.Status400BadRequest,
            "The request was not accepted",
            string.Join(" ", invalid.Errors.SelectMany(e => e.Value))),
        RequestRejectedException rejected => new(
            ErrorKind.BadRequest, StatusCodes.Status400BadRequest, "The request was not accepted", rejected.Message),
        CsrfRejectedException csrf => new(
            ErrorKind.BadRequest, StatusCodes.Status400BadRequest, "The form was not accepted", csrf.Message),
        BadHttpRequestException bad => new(
            ErrorKind.BadRequest, bad.StatusCode, "The request was not accepted", "The request was malformed or too large."),
        // The form reader's one exception for a form over its limits and for one it cannot decode (a NUL in a value).
        InvalidDataException or Microsoft.AspNetCore.Mvc.ModelBinding.ValueProviderException => new(
            ErrorKind.BadRequest, StatusCodes.Status400BadRequest, "The request was not accepted",
            "The form could not be read: it was too large, or it held characters a form cannot carry."),
        NotFoundException => NotFound,
        ActionNotPermittedException notPermitted => new(
            ErrorKind.NotPermitted, StatusCodes.Status403Forbidden, "Not allowed for your role", notPermitted.Message),
        NotAuthenticatedException or SignInRevokedException => new(
            ErrorKind.SignInRequired, StatusCodes.Status302Found, "Please sign in", "Your sign-in has ended."),
        FormNotSentException notSent => new(
            ErrorKind.Unavailable,
            StatusCodes.Status503ServiceUnavailable,
            notSent.MayHaveArrived ? "Perhaps not saved" : "Not saved",
            notSent.Message + " This page cannot be shown again right now either, so what you entered is below"
                + (notSent.MayHaveArrived ? ": check whether it arrived before you send it again." : ": copy it to send it again later.")),
        BackendBusyException busy => new(
            ErrorKind.Unavailable,
            StatusCodes.Status503ServiceUnavailable,
            "This part is busy",
            BusyMessage(busy.Area, busy.RetryAfter),
            busy.RetryAfter),
        BackendUnavailableException unavailable => new(
            ErrorKind.Unavailable,
            StatusCodes.Status503ServiceUnavailable,
            "This part is unavailable",
            $"This part of the portal ({unavailable.Area}) is unavailable right now. Please try again in a moment."),
        _ => Internal,
    };

    /// <summary>"The billing part is busy; try again in 17 s.": said the same on a page and on a dashboard card.</summary>
    public static string BusyMessage(string area, TimeSpan retryAfter) => $"The {area} part is busy; try again in {RetryAfterHeader(retryAfter)} s.";

    /// <summary>"The billing part is unavailable right now.": said the same on a form, a page's part and a dashboard card.</summary>
    public static string UnavailableMessage(string area) => $"The {area} part is unavailable right now.";

    /// <summary>A wait as a <c>Retry-After</c> header's whole seconds, rounded up, at least one.</summary>
    public static string RetryAfterHeader(TimeSpan wait) =>
        Math.Max(1, (long)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);

    /// <summary>The answer for a bare status code (a route that matched nothing, a page that said NotFound).</summary>
    public static ErrorAnswer ForStatus(int statusCode) => statusCode switch
    {
        StatusCodes.Status404NotFound => NotFound,
        StatusCodes.Status429TooManyRequests => new(
            ErrorKind.BadRequest, statusCode, "Too many sign-in attempts", "There were too many sign-in attempts from here or for this email address."),
        StatusCodes.Status503ServiceUnavailable => new(
            ErrorKind.Unavailable, statusCode, "This part is unavailable", "This part of the portal is unavailable right now."),
        >= 400 and < 500 => new(ErrorKind.BadRequest, statusCode, "The request was not accepted", "The request could not be handled."),
        _ => Internal,
    };

    private static ErrorAnswer NotFound { get; } = new(
        ErrorKind.NotFound, StatusCodes.Status404NotFound, "Page not found", "There is nothing here, or it is not yours to see.");

    private static ErrorAnswer Internal { get; } = new(
        ErrorKind.Internal,
        StatusCodes.Status500InternalServerError,
        "Something went wrong",
        "Something went wrong on our side. Please try again later.");
}
