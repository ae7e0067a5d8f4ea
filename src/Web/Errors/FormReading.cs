using Microsoft.AspNetCore.Http.Features;

namespace Portal.Web.Errors;

/// <summary>
/// Reads a request's form before anything else does, so a body that claims to be a form but cannot be read as one is the
/// same 400 wherever it would first have been read: by model binding, the CSRF check, a form page showing what was
/// entered, or the login throttle. The form reader refuses such a body with more than <see cref="InvalidDataException"/>
/// (which <see cref="ExceptionMap"/> answers): a multipart body cut short or not matching its boundary is an
/// <see cref="IOException"/>, a charset .NET does not decode (UTF-7) a <see cref="NotSupportedException"/>. Read
/// straight from <c>Request.Form</c>, those reached the error page as faults.
/// </summary>
public static class FormReading
{
    public static IApplicationBuilder UseFormReading(this IApplicationBuilder app) => app.Use(ReadFormFirstAsync);

    private static async Task ReadFormFirstAsync(HttpContext context, RequestDelegate next)
    {
        if (context.Request.HasFormContentType)
        {
            try
            {
                await context.Request.ReadFormAsync(context.RequestAborted);
            }
            catch (Exception unreadable) when (IsUnreadableForm(unreadable) && !context.RequestAborted.IsCancellationRequested)
            {
                // The error page is run for this same request: it finds an empty form rather than this failure again.
                context.Features.Set<IFormFeature>(new FormFeature(FormCollection.Empty));
                if (unreadable is InvalidDataException)
                {
                    throw;
                }

                throw new InvalidDataException("The form could not be read.", unreadable);
            }
        }

        await next(context);
    }

    /// <summary>
    /// Not a body over Kestrel's limits: that is a <see cref="BadHttpRequestException"/> (an IOException too) with its own
    /// status.
    /// </summary>
    private static bool IsUnreadableForm(Exception exception) =>
        exception is InvalidDataException or NotSupportedException or (IOException and not BadHttpRequestException);
}
