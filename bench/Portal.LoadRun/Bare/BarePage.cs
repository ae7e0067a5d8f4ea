using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Portal.Application.Common.Exceptions;
using Portal.Domain.Identity;

namespace Portal.LoadRun.Bare;

/// <summary>
/// How the bare endpoint serves one of Portal's pages: 401 without a sign-in, the status Portal would answer when a call
/// refuses, otherwise the captured page. Shared by the load run's endpoint and the in-process page benchmark.
/// </summary>
internal static class BarePage
{
    public static async Task ServeAsync(HttpContext context, SignInCookieReader signIns, CapturedPage page, Func<TenantScope, CancellationToken, Task<int>> calls)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(signIns);
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(calls);
        var tenantId = Convert.ToString(context.GetRouteValue("tenantId"), CultureInfo.InvariantCulture) ?? string.Empty;
        if (!signIns.TryRead(context.Request, tenantId, out var scope))
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        int status;
        try
        {
            status = await calls(scope, context.RequestAborted);
        }
        catch (NotAuthenticatedException)
        {
            status = StatusCodes.Status401Unauthorized;
        }
        catch (NotFoundException)
        {
            status = StatusCodes.Status404NotFound;
        }
        catch (PortalException)
        {
            // Portal would show a card marked unavailable or a 503 page; either way not the captured page.
            status = StatusCodes.Status503ServiceUnavailable;
        }

        if (status != StatusCodes.Status200OK)
        {
            context.Response.StatusCode = status;
            return;
        }

        await page.WriteAsync(context.Response, context.RequestAborted);
    }
}
