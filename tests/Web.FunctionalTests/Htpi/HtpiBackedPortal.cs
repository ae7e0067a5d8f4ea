using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace Portal.Web.FunctionalTests.Htpi;

/// <summary>
/// Portal in memory with its real NATS adapter, connected to a real nats-server on which <see cref="HtpiServices"/>
/// answers as the public HTPI services do. Every log line Portal writes at any level its configuration lets through is
/// captured (<see cref="Logs"/>).
/// </summary>
internal sealed class HtpiBackedPortal(string natsUrl) : WebApplicationFactory<Program>
{
    public AllLevelsLog Logs { get; } = new();

    /// <summary>A browser that keeps cookies and does not follow redirects.</summary>
    public Browser Browser() => new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    /// <summary>A <see cref="Browser"/> signed in as the stand-in services' user.</summary>
    public async Task<Browser> SignedInBrowser()
    {
        var browser = Browser();
        await browser.SignInAsync(HtpiServices.Email, HtpiServices.Password);
        return browser;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("NATS_URL", natsUrl);
        builder.UseSetting("PLATFORM_API_URL", "http://127.0.0.1:8700/api");
        builder.UseSetting("PLATFORM_API_SECRET", "functional-tests-platform-secret-0123456789");
        builder.UseSetting("PORTAL_ID", "portal-functional-tests");
        builder.UseSetting("SECRET_KEY", PortalApp.SecretKey);
        builder.UseSetting("ENV", "development");
        builder.UseSetting("SHUTDOWN_DELAY", "00:00:00");
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
    }
}
