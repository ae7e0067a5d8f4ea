extern alias demo;

using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Portal.Adapters.Nats.IntegrationTests.Infrastructure;
using demo::Portal.Demo.Backend;

namespace Portal.Web.FunctionalTests.Telemetry;

/// <summary>
/// Portal in memory with both real adapters, against a real nats-server and the demo backend (its HTPI services on that
/// server, its Platform API on Kestrel) running in this same process.
/// </summary>
internal sealed class DemoBackedPortal : WebApplicationFactory<Program>
{
    private const string PlatformSecret = "telemetry-tests-platform-secret-0123456789";
    private const string PortalId = "portal-telemetry-tests";

    private readonly NatsServer nats;
    private readonly DemoBackendHost backend;

    private DemoBackedPortal(NatsServer nats, DemoBackendHost backend)
    {
        this.nats = nats;
        this.backend = backend;
    }

    public static async Task<DemoBackedPortal> StartAsync()
    {
        var nats = await NatsServer.StartAsync();
        try
        {
            // No timed broadcasts: nothing but the test's own pages makes spans.
            var backend = await DemoBackendHost.StartAsync(
                new DemoBackendOptions { NatsUrl = nats.Url, PlatformApiSecret = PlatformSecret, PortalId = PortalId, BroadcastInterval = TimeSpan.Zero });
            return new DemoBackedPortal(nats, backend);
        }
        catch
        {
            await nats.DisposeAsync();
            throw;
        }
    }

    /// <summary>A browser that keeps cookies and does not follow redirects.</summary>
    public Browser Browser() => new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await backend.DisposeAsync();
        await nats.DisposeAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("NATS_URL", nats.Url);
        builder.UseSetting("PLATFORM_API_URL", backend.PlatformUrl.ToString());
        builder.UseSetting("PLATFORM_API_SECRET", PlatformSecret);
        builder.UseSetting("PORTAL_ID", PortalId);
        builder.UseSetting("SECRET_KEY", PortalApp.SecretKey);
        builder.UseSetting("ENV", "development");
        builder.UseSetting("SHUTDOWN_DELAY", "00:00:00");
    }
}
