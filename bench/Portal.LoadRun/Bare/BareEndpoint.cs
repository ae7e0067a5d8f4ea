using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Adapters.Http;
using Portal.Adapters.Nats;

namespace Portal.LoadRun.Bare;

/// <summary>
/// The bare endpoint: Kestrel with Portal's adapters (<c>AddNatsAdapter</c>, <c>AddHttpAdapter</c>, <c>AddNatsIdentity</c>,
/// configured from the same environment as Portal) and nothing else: no MediatR pipeline, validators, Razor or
/// middleware. Each request makes the backend calls Portal's page makes (<see cref="BackendCalls"/>) and answers the
/// bytes of Portal's page, captured once at start. The difference to Portal is what Portal itself costs.
/// </summary>
internal static class BareEndpoint
{
    /// <summary>The first argument that makes the load run's executable the bare endpoint.</summary>
    public const string Role = "bare-endpoint";

    public const string PortKey = "LOADRUN_BARE_PORT";
    public const string PortalUrlKey = "LOADRUN_PORTAL_URL";
    public const string CookieHeaderKey = "LOADRUN_COOKIE_HEADER";
    public const string TenantKey = "LOADRUN_TENANT";
    public const string LogSettingsKey = "LOADRUN_PORTAL_SETTINGS";

    /// <summary>Portal's own setting: the bare endpoint opens Portal's sign-in cookie with the key derived from it.</summary>
    public const string SecretKeyKey = "SECRET_KEY";

    /// <summary>This process's <see cref="Probe.RuntimeCounters"/> so far: the load run reads them while it warms up and at the measured interval's edges.</summary>
    public const string CountersPath = "/loadrun/counters";

    public static async Task<int> RunAsync()
    {
        var port = int.Parse(Required(PortKey), NumberStyles.None, CultureInfo.InvariantCulture);
        var portal = new Uri(Required(PortalUrlKey));
        var cookieHeader = Required(CookieHeaderKey);
        var tenant = Required(TenantKey);
        using var signIns = new SignInCookieReader(Required(SecretKeyKey));

        CapturedPage dashboard, patients;
        using (var capture = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false, UseProxy = false }))
        {
            dashboard = await CapturedPage.CaptureAsync(capture, new Uri(portal, $"/t/{tenant}"), cookieHeader, CancellationToken.None);
            patients = await CapturedPage.CaptureAsync(capture, new Uri(portal, $"/t/{tenant}/patients"), cookieHeader, CancellationToken.None);
        }

        var builder = WebApplication.CreateSlimBuilder();

        // Portal's own appsettings.json, so both log the same; the environment still has the last word, as in Portal.
        builder.Configuration.AddJsonFile(Required(LogSettingsKey), optional: false).AddEnvironmentVariables();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(IPAddress.Loopback, port);
        });
        builder.Services.AddNatsAdapter(builder.Configuration);
        builder.Services.AddHttpAdapter(builder.Configuration);
        builder.Services.AddNatsIdentity();
        builder.Services.AddSingleton<BackendCalls>();

        await using var app = builder.Build();
        var calls = app.Services.GetRequiredService<BackendCalls>();
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
        app.MapGet(CountersPath, Probe.RuntimeCounters.Current);
        app.MapGet("/t/{tenantId}", context => BarePage.ServeAsync(context, signIns, dashboard, calls.DashboardAsync));
        app.MapGet("/t/{tenantId}/patients", context => BarePage.ServeAsync(context, signIns, patients, calls.PatientListAsync));
        await app.RunAsync();
        return 0;
    }

    private static string Required(string key) =>
        Environment.GetEnvironmentVariable(key) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"{key} is not set; the load run sets it when it starts the bare endpoint.");
}
