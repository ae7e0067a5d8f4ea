using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Portal.Demo.Backend.Data;
using Portal.Demo.Backend.Security;

namespace Portal.Demo.Backend.Platform;

/// <summary>The Platform API of platform-api.md under <see cref="BasePath"/>: every endpoint POST, every request signed.</summary>
internal static class PlatformApi
{
    public const string BasePath = "/api";

    public static void Map(WebApplication app, DemoWorld world, PlatformRequestVerifier verifier, TimeProvider clock)
    {
        var gate = new PlatformGate(verifier);
        app.UseWhen(
            context => context.Request.Path.StartsWithSegments(BasePath, StringComparison.Ordinal),
            branch => branch.Use(gate.InvokeAsync));
        app.MapGet("/healthz", () => Results.Text("ok"));

        var api = app.MapGroup(BasePath);
        PlatformAccountsEndpoints.Map(api, world);
        PlatformBillingEndpoints.Map(api, world, clock);
        PlatformServicesEndpoints.Map(api, world, clock);
        PlatformTicketsEndpoints.Map(api, world, clock);
        api.MapFallback((HttpContext _) => PlatformResults.NotFound());
    }
}
