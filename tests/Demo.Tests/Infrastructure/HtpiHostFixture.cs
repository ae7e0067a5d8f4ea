using Portal.Adapters.Nats.IntegrationTests.Infrastructure;
using Portal.Adapters.Nats.Transport;
using Portal.Demo.Backend;

namespace Portal.Demo.Tests.Infrastructure;

/// <summary>A real nats-server, the demo backend serving HTPI on it with quick broadcasts, and a client connection.</summary>
public sealed class HtpiHostFixture : IAsyncLifetime
{
    public static readonly TimeSpan BroadcastInterval = TimeSpan.FromMilliseconds(150);

    private NatsServer? server;
    private DemoBackendHost? host;
    private NatsConnection? connection;

    public DemoBackendHost Host => host ?? throw new InvalidOperationException("Not started.");

    public NatsConnection Bus => connection ?? throw new InvalidOperationException("Not started.");

    internal HtpiClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        server = await NatsServer.StartAsync();
        host = await DemoBackendHost.StartAsync(new DemoBackendOptions { NatsUrl = server.Url, BroadcastInterval = BroadcastInterval });
        connection = await NatsConnection.ConnectAsync(new NatsClientOptions { Url = server.Url, Name = "demo-tests" });
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
