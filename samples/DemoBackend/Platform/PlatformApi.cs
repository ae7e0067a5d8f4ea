using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Portal.Demo.Backend.Data;
using Portal.Demo.Backend.Security;

namespace Portal.Demo.Backend.Platform;

/// <summary>
/// The Platform API of platform-api.md under <see cref="BasePath"/>: every request signed, then rate-limited per portal id;
/// a path no endpoint serves gets Django's 404 HTML page (there is no <c>users/verify-customer-access/</c>).
/// </summary>
internal static class PlatformApi
{
    public const string BasePath = "/api";

    public static void Map(WebApplication app, DemoWorld world, PlatformRequestVerifier verifier, PortalRateLimiter limiter, TimeProvider clock)
    {
        var gate = new PlatformGate(verifier, limiter);
        app.UseWhen(
            context => context.Request.Path.StartsWithSegments(BasePath, StringComparison.Ordinal),
            branch => branch.Use(gate.InvokeAsync));
        app.MapGet("/healthz", () => Results.Text("ok"));

        var api = app.MapGroup(BasePath);
        PlatformAccountsEndpoints.Map(api, world, clock);
        PlatformBillingEndpoints.Map(api, world, clock);
        PlatformServicesEndpoints.Map(api, world, clock);
        PlatformTicketsEndpoints.Map(api, world, clock);
        PlatformPrivacyEndpoints.Map(api, world, clock);
        PlatformTeamEndpoints.Map(api, world, clock);
        PlatformCompanyEndpoints.Map(api, world, clock);
        app.MapFallback(PlatformResults.PathNotFound);
    }
}
