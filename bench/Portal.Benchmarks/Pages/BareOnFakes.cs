using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Application.Billing.Ports;
using Portal.Application.Dashboard.Ports;
using Portal.Application.Identity.Ports;
using Portal.Application.Patients.Ports;
using Portal.Application.Services.Ports;
using Portal.Application.Tenants.Ports;
using Portal.Application.Tickets.Ports;
using Portal.LoadRun.Bare;

namespace Portal.Benchmarks.Pages;

/// <summary>
/// The load run's bare endpoint in memory: a slim host on TestServer whose two routes read the caller from Portal's
/// sign-in cookie (<see cref="SignInCookieReader"/>), make the page's backend calls through the same fakes Portal's
/// ports answer from (<see cref="BackendCalls"/>) and write the page Portal answered (<see cref="CapturedPage"/>): what is
/// left when Portal's own work (pipeline, MediatR, validation, Razor) is taken away. Those three classes are the load
/// run's own, compiled in here, so both benches measure against the same baseline.
/// </summary>
internal sealed class BareOnFakes : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly SignInCookieReader signIns;

    private BareOnFakes(WebApplication app, SignInCookieReader signIns)
    {
        this.app = app;
        this.signIns = signIns;
    }

    public TestServer Server => app.GetTestServer();

    /// <summary>The bare endpoint opening the sign-in cookies of a Portal with <paramref name="secretKey"/>.</summary>
    public static async Task<BareOnFakes> StartAsync(PageWorld world, CapturedPage dashboard, CapturedPage patients, string secretKey)
    {
        ArgumentNullException.ThrowIfNull(world);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();

        // Portal's appsettings.json (its log levels), as the load run's bare endpoint reads it.
        builder.Configuration.AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: false);
        builder.Services.AddSingleton<IIdentityProvider>(world.Identity);
        builder.Services.AddSingleton<ITenantDirectory>(world.Tenants);
        builder.Services.AddSingleton<IPracticeDashboard>(world.Dashboard);
        builder.Services.AddSingleton<IBillingLedger>(world.Billing);
        builder.Services.AddSingleton<ISupportDesk>(world.Support);
        builder.Services.AddSingleton<IServiceCatalog>(world.Catalog);
        builder.Services.AddSingleton<IPatientRegistry>(world.PatientRegistry);
        builder.Services.AddSingleton<BackendCalls>();
        var app = builder.Build();
        var calls = app.Services.GetRequiredService<BackendCalls>();
        var signIns = new SignInCookieReader(secretKey);
        app.MapGet("/t/{tenantId}", context => BarePage.ServeAsync(context, signIns, dashboard, calls.DashboardAsync));
        app.MapGet("/t/{tenantId}/patients", context => BarePage.ServeAsync(context, signIns, patients, calls.PatientListAsync));
        await app.StartAsync();
        return new BareOnFakes(app, signIns);
    }

    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync();
        signIns.Dispose();
    }
}
