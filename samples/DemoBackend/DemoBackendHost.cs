using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NATS.Client.Core;
using Portal.Adapters.Nats.Connection;
using Portal.Adapters.Nats.Messaging;
using Portal.Demo.Backend.Data;
using Portal.Demo.Backend.Htpi;
using Portal.Demo.Backend.Platform;
using Portal.Demo.Backend.Security;
using Portal.Demo.Backend.Telemetry;

namespace Portal.Demo.Backend;

/// <summary>
/// The running demo backend: the HTPI services over NATS, the Platform API on Kestrel, or both
/// (<see cref="DemoBackendOptions.Serve"/>), serving one freshly seeded in-memory world. The console program and the
/// tests start it the same way.
/// </summary>
public sealed class DemoBackendHost : IAsyncDisposable
{
    private readonly CancellationTokenSource stopping = new();
    private WebApplication? web;
    private Uri? platformUrl;
    private IMessageBus? bus;
    private Task natsWork = Task.CompletedTask;
    private int disposed;

    private DemoBackendHost(DemoWorld world) => World = world;

    /// <summary>The Platform API's base URL, base path included, e.g. <c>http://127.0.0.1:8700/api</c>.</summary>
    /// <exception cref="InvalidOperationException">The Platform API is not served (<see cref="DemoServe.Htpi"/>).</exception>
    public Uri PlatformUrl => platformUrl ?? throw new InvalidOperationException("The demo backend serves no Platform API (DEMO_SERVE=htpi).");

    /// <summary>True when the Platform API answers over HTTP.</summary>
    public bool ServesPlatform => platformUrl is not null;

    /// <summary>True when the HTPI services answer over NATS.</summary>
    public bool ServesHtpi => bus is not null;

    public static IReadOnlyList<DemoLogin> Logins { get; } =
    [
        new("dana.whitfield@example.com", DemoCatalog.DemoPassword1, "Riverside Family Practice (owner) and Harbor Pediatrics (billing)"),
        new("marco.alvarez@example.com", DemoCatalog.DemoPassword2, "Summit Orthopedics (tech)"),
        new("sam.okafor@example.com", DemoCatalog.DemoPassword4, "Riverside Family Practice (viewer) and Lakeside Dermatology (no Platform side); his Harbor membership is deactivated"),
        new("olivia.grant@example.com", DemoCatalog.DemoPassword3, "an HTPI operator: refused by the customer portal"),
    ];

    internal DemoWorld World { get; }

    internal LiveBroadcaster? Broadcaster { get; private set; }

    public static async Task<DemoBackendHost> StartAsync(DemoBackendOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var clock = TimeProvider.System;
        var world = DemoSeeder.Create(options.SeedDate ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        var host = new DemoBackendHost(world);
        try
        {
            // Kestrel also serves /healthz in every mode; the Platform API only when asked for.
            await host.StartWebAsync(options, clock, cancellationToken);
            if (options.EffectiveServe != DemoServe.Platform)
            {
                await host.StartNatsAsync(options, clock, cancellationToken);
            }

            return host;
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) != 0)
        {
            return;
        }

        await stopping.CancelAsync();
        if (web is not null)
        {
            await web.StopAsync(CancellationToken.None);
        }

        await natsWork;
        if (bus is not null)
        {
            await bus.DisposeAsync();
        }

        if (web is not null)
        {
            await web.DisposeAsync();
        }

        stopping.Dispose();
    }

    private async Task StartWebAsync(DemoBackendOptions options, TimeProvider clock, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(DemoBackendHost).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.ClearProviders();
        if (options.LogToConsole)
        {
            builder.Logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
        }

        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, options.PlatformPort));
        builder.Services.AddDemoTelemetry(builder.Configuration);
        web = builder.Build();
        web.Use(DemoTelemetry.TracePlatformRequestAsync);
        var servesPlatform = options.EffectiveServe != DemoServe.Htpi;
        if (servesPlatform)
        {
            var verifier = new PlatformRequestVerifier(Encoding.UTF8.GetBytes(options.PlatformApiSecret), clock);
            PlatformApi.Map(web, World, verifier, new PortalRateLimiter(options.PlatformRateLimit, clock), clock);
        }
        else
        {
            web.MapGet("/healthz", () => "ok");
        }

        await web.StartAsync(cancellationToken);
        var address = web.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        platformUrl = servesPlatform ? new Uri(address.TrimEnd('/') + PlatformApi.BasePath) : null;
    }

    private async Task StartNatsAsync(DemoBackendOptions options, TimeProvider clock, CancellationToken cancellationToken)
    {
        var loggers = web!.Services.GetRequiredService<ILoggerFactory>();
        var logger = loggers.CreateLogger("Portal.Demo.Backend");

        // The official client, through the same seam Portal uses: the demo plays the services on the other end of it.
        var connection = await NatsMessageBus.ConnectAsync(
            new NatsOpts
            {
                Url = options.NatsUrl!,
                Name = "portal-demo-backend",
                LoggerFactory = loggers,

                // Back within seconds of a NATS restart, as Portal is, so the fault run measures Portal's recovery.
                ReconnectWaitMin = TimeSpan.FromMilliseconds(250),
                ReconnectWaitMax = TimeSpan.FromSeconds(2),
            },
            cancellationToken);
        bus = connection;

        // The demo's own token secret: tokens die with the process, as the data does.
        var tokens = new DemoTokenService(RandomNumberGenerator.GetBytes(32), clock);
        var services = new HtpiServices(World, tokens, connection, clock);
        var responder = new HtpiResponder(connection, services.Endpoints(), options.HtpiReplicas, logger);
        var (serving, subscribed) = responder.Start(stopping.Token);
        var broadcasting = Task.CompletedTask;
        if (options.BroadcastInterval > TimeSpan.Zero)
        {
            Broadcaster = new LiveBroadcaster(connection, World, clock, logger);
            broadcasting = Broadcaster.RunAsync(options.BroadcastInterval, stopping.Token);
        }

        natsWork = Task.WhenAll(serving, broadcasting);

        // Every subscription was sent before this PING on the same connection: once it is answered, all subjects are served.
        await subscribed.WaitAsync(cancellationToken);
        await connection.FlushAsync(cancellationToken);
    }
}
