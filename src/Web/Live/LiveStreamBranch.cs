using System.Globalization;
using Portal.Domain.Common;

namespace Portal.Web.Live;

/// <summary>
/// The events endpoint on a branch of its own, taken right after the exception handler: an open stream would otherwise
/// keep every middleware after it waiting for as long as it is open (status-code pages, localisation, static files, the
/// login throttle and the rate limiter, about 0.8 KB a stream in async state), and it needs none of them: it renders no
/// page, is no file and no login. It keeps what runs before the branch (the forwarded headers, the security headers, the
/// exception handler, so a stream that fails gets the error page a page would), HSTS, and its own sign-in and access
/// checks (<see cref="TenantEventsEndpoint"/>). Its events are formatted in the culture CULTURE names, as the pages are (one
/// assignment here, instead of the localisation middleware's waiting state).
/// </summary>
public static class LiveStreamBranch
{
    public const string Pattern = "/t/{tenantId:id}/events";

    private const string TenantPrefix = "/t/";
    private const string EventsSuffix = "/events";

    public static IApplicationBuilder MapLiveStreams(this IApplicationBuilder app, bool hsts, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.MapWhen(IsStreamRequest, stream =>
        {
            if (hsts)
            {
                stream.UseHsts();
            }

            stream.Use((context, next) =>
            {
                CultureInfo.CurrentCulture = culture;
                CultureInfo.CurrentUICulture = culture;
                return next(context);
            });

            stream.UseRouting();
            stream.UseEndpoints(endpoints => endpoints.MapGet(Pattern, TenantEventsEndpoint.HandleAsync));
        });
    }

    /// <summary>
    /// A request of <see cref="Pattern"/>, matched as routing does (any case, one trailing slash); the branch answers other
    /// methods than GET with 405. Anything else stays on the pages' pipeline.
    /// </summary>
    internal static bool IsStreamRequest(HttpContext context)
    {
        if (context.Request.Path.Value is not { } path)
        {
            return false;
        }

        if (path.EndsWith('/'))
        {
            path = path[..^1];
        }

        return path.StartsWith(TenantPrefix, StringComparison.OrdinalIgnoreCase)
            && path.EndsWith(EventsSuffix, StringComparison.OrdinalIgnoreCase)
            && path.Length > TenantPrefix.Length + EventsSuffix.Length
            && Identifier.IsValid(path[TenantPrefix.Length..^EventsSuffix.Length]);
    }
}
