using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Portal.Demo.Backend.Platform;

/// <summary>
/// Maps an endpoint for its one method and answers every other method on its path as DRF does: 405
/// <c>{"detail": "Method \"GET\" not allowed."}</c> (with an empty body for <c>users/login/</c>, a plain Django view).
/// </summary>
internal static class PlatformRoutes
{
    private static readonly string[] Methods = ["GET", "POST", "PUT", "PATCH", "DELETE"];

    public static void Post(RouteGroupBuilder api, string pattern, Delegate handler) => Map(api, pattern, "POST", handler);

    public static void Get(RouteGroupBuilder api, string pattern, Delegate handler) => Map(api, pattern, "GET", handler);

    /// <summary>One path, a handler per method (<c>users/profile/</c> reads with POST and updates with PUT).</summary>
    public static void PostAndPut(RouteGroupBuilder api, string pattern, Delegate post, Delegate put)
    {
        api.MapMethods(pattern, ["PUT"], put);
        Map(api, pattern, "POST", post, "PUT");
    }

    private static void Map(RouteGroupBuilder api, string pattern, string method, Delegate handler, string? alsoServed = null)
    {
        api.MapMethods(pattern, [method], handler);
        var emptyBody = pattern == "users/login/";
        api.MapMethods(pattern, Methods.Where(other => other != method && other != alsoServed).ToArray(), (HttpContext context) => emptyBody
            ? Results.StatusCode(StatusCodes.Status405MethodNotAllowed)
            : Results.Json(new { detail = $"Method \"{context.Request.Method}\" not allowed." }, JsonSerializerOptions.Default, statusCode: StatusCodes.Status405MethodNotAllowed));
    }
}
