using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Portal.Demo.Backend.Platform;

/// <summary>The Platform's answers and error shapes (platform-api.md §2.1).</summary>
internal static class PlatformResults
{
    public const string InvalidRequestFormat = "Invalid request format";
    public const string AuthenticationRequired = "Authentication required";
    public const string AccessDenied = "Access denied";

    /// <summary>Django's own 404 page for a path no view serves: HTML, not JSON.</summary>
    public const string NotFoundPage =
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n  <meta charset=\"utf-8\">\n  <title>Not Found</title>\n</head>\n<body>\n  <h1>Not Found</h1>\n  <p>The requested resource was not found on this server.</p>\n</body>\n</html>\n";

    public static IResult Ok(object body) => Results.Json(body, JsonSerializerOptions.Default);

    /// <summary>
    /// A JSON object of <paramref name="members"/> without those that are null, key and all: a value the demo states none
    /// of, where an anonymous object would write <c>null</c>.
    /// </summary>
    public static Dictionary<string, object> WithoutNulls(params (string Key, object? Value)[] members) =>
        members.Where(member => member.Value is not null).ToDictionary(member => member.Key, member => member.Value!, StringComparer.Ordinal);

    public static IResult Created(object body) => Results.Json(body, JsonSerializerOptions.Default, statusCode: StatusCodes.Status201Created);

    /// <summary><c>{"success": false, "error": ...}</c> with the given status.</summary>
    public static IResult Error(int status, string error) =>
        Results.Json(new { success = false, error }, JsonSerializerOptions.Default, statusCode: status);

    /// <summary>Ticket validation: <c>{"success": false, "errors": {field: [messages]}}</c>, with no <c>error</c> key.</summary>
    public static IResult FieldErrors(IReadOnlyDictionary<string, string[]> errors) =>
        Results.Json(new { success = false, errors }, JsonSerializerOptions.Default, statusCode: StatusCodes.Status400BadRequest);

    public static IResult HmacFailed() =>
        Results.Json(new { error = "HMAC authentication failed" }, JsonSerializerOptions.Default, statusCode: StatusCodes.Status401Unauthorized);

    public static IResult TooManyRequests(int retryAfterSeconds) => new TooManyRequestsResult(retryAfterSeconds);

    public static IResult PathNotFound() => Results.Content(NotFoundPage, "text/html; charset=utf-8", statusCode: StatusCodes.Status404NotFound);

    /// <summary>An identity or membership refusal of §1.3, with the no-store headers those answers carry.</summary>
    public static IResult IdentityRefused(int status, string error) => new NoStoreResult(Error(status, error));

    private sealed class TooManyRequestsResult(int retryAfterSeconds) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.RetryAfter = retryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var body = new { success = false, error = "Too many requests", detail = "Too Many Requests", retry_after = retryAfterSeconds, status = 429 };
            return Results.Json(body, JsonSerializerOptions.Default, statusCode: StatusCodes.Status429TooManyRequests).ExecuteAsync(httpContext);
        }
    }

    private sealed class NoStoreResult(IResult inner) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.CacheControl = "no-store";
            httpContext.Response.Headers.Pragma = "no-cache";
            httpContext.Response.Headers.XContentTypeOptions = "nosniff";
            return inner.ExecuteAsync(httpContext);
        }
    }
}
