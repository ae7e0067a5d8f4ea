using NATS.Client.Core;
using Portal.Adapters.Nats.Connection;
using Portal.Adapters.Nats.IntegrationTests.Infrastructure;
using Portal.Demo.Backend;

namespace Portal.Demo.Tests.Infrastructure;

/// <summary>A real nats-server, the demo backend serving HTPI on it with quick broadcasts, and a client connection.</summary>
public sealed class HtpiHostFixture : IAsyncLifetime
{
    public static readonly TimeSpan BroadcastInterval = TimeSpan.FromMilliseconds(150);

    private NatsServer? server;
    private DemoBackendHost? host;
    private NatsMessageBus? connection;

    public DemoBackendHost Host => host ?? throw new InvalidOperationException("Not started.");

    public NatsMessageBus Bus => connection ?? throw new InvalidOperationException("Not started.");

    internal HtpiClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        server = await NatsServer.StartAsync();
        host = await DemoBackendHost.StartAsync(new DemoBackendOptions { NatsUrl = server.Url, BroadcastInterval = BroadcastInterval });
        connection = await NatsMessageBus.ConnectAsync(new NatsOpts { Url = server.Url, Name = "demo-tests" }, CancellationToken.None);
        Client = new HtpiClient(connection);
    }

    public async Task DisposeAsync()
    {
        if (connection is not null)
        {
            await connection.DisposeAsync();
        }

        if (host is not null)
        {
            await host.DisposeAsync();
        }

        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }
}
