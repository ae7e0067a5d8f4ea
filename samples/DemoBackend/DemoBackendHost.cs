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

namespace Portal.Demo.Backend;

/// <summary>
/// The running demo backend: the HTPI services over NATS (when a NATS URL is given) and the Platform API on Kestrel, both
/// serving one freshly seeded in-memory world. The console program and the tests start it the same way.
/// </summary>
public sealed class DemoBackendHost : IAsyncDisposable
{
    private readonly CancellationTokenSource stopping = new();
    private WebApplication? web;
    private IMessageBus? bus;
    private Task natsWork = Task.CompletedTask;
    private int disposed;

    private DemoBackendHost(DemoWorld world) => World = world;

    /// <summary>The Platform API's base URL, base path included, e.g. <c>http://127.0.0.1:8700/api</c>.</summary>
    public Uri PlatformUrl { get; private set; } = null!;

    /// <summary>True when the HTPI services answer over NATS.</summary>
    public bool ServesHtpi => bus is not null;

    public static IReadOnlyList<DemoLogin> Logins { get; } =
    [
        new(DemoCatalog.Users[0].Email, DemoCatalog.Users[0].Password, "sees two practices: Riverside Family Practice and Harbor Pediatrics"),
        new(DemoCatalog.Users[1].Email, DemoCatalog.Users[1].Password, "sees one practice: Summit Orthopedics"),
        new(DemoCatalog.Users[2].Email, DemoCatalog.Users[2].Password, "an HTPI operator: refused by the customer portal"),
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
            await host.StartWebAsync(options, clock, cancellationToken);
            if (options.NatsUrl is not null)
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
        web = builder.Build();
        var verifier = new PlatformRequestVerifier(Encoding.UTF8.GetBytes(options.PlatformApiSecret), options.PortalId, clock);
        PlatformApi.Map(web, World, verifier, clock);
        await web.StartAsync(cancellationToken);
        var address = web.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        PlatformUrl = new Uri(address.TrimEnd('/') + PlatformApi.BasePath);
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
        var responder = new HtpiResponder(connection, services.Endpoints(), logger);
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
