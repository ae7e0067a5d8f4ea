using Portal.Adapters.Nats.IntegrationTests.Infrastructure;
using Portal.Demo.Backend;

namespace Portal.Demo.Tests.Infrastructure;

/// <summary>A real nats-server and the demo backend serving only HTPI on it, with quick broadcasts.</summary>
public sealed class HtpiHostFixture : IAsyncLifetime
{
    public static readonly TimeSpan BroadcastInterval = TimeSpan.FromMilliseconds(100);

    private NatsServer? server;
    private DemoBackendHost? host;

    public DemoBackendHost Host => host ?? throw new InvalidOperationException("Not started.");

    public string NatsUrl => server?.Url ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync()
    {
        server = await NatsServer.StartAsync();
        host = await DemoBackendHost.StartAsync(new DemoBackendOptions { NatsUrl = server.Url, Serve = DemoServe.Htpi, BroadcastInterval = BroadcastInterval });
    }

    public async Task DisposeAsync()
    {
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
