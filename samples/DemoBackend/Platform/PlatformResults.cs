using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Portal.Demo.Backend.Platform;

/// <summary>The Platform's answers: <c>{success: true, ...}</c> or <c>{success: false, error}</c>; refusals say nothing about existence.</summary>
internal static class PlatformResults
{
    public static IResult Ok(object body) => Results.Json(body, JsonSerializerOptions.Default);

    public static IResult Created(object body) => Results.Json(body, JsonSerializerOptions.Default, statusCode: StatusCodes.Status201Created);

    public static IResult BadRequest(string error) =>
        Results.Json(new { success = false, error }, JsonSerializerOptions.Default, statusCode: StatusCodes.Status400BadRequest);

    public static IResult Unauthorized() =>
        Results.Json(new { success = false, error = "unauthorized" }, JsonSerializerOptions.Default, statusCode: StatusCodes.Status401Unauthorized);

    public static IResult Forbidden() =>
        Results.Json(new { success = false, error = "forbidden" }, JsonSerializerOptions.Default, statusCode: StatusCodes.Status403Forbidden);

    public static IResult NotFound() =>
        Results.Json(new { success = false, error = "not found" }, JsonSerializerOptions.Default, statusCode: StatusCodes.Status404NotFound);
}
