using Portal.Adapters.Nats.IntegrationTests.Infrastructure;
using Portal.Demo.Backend;

namespace Portal.Demo.Tests.Infrastructure;

/// <summary>
/// A real nats-server and the demo backend serving only HTPI on it, without its timed broadcasts: they add patients to
/// the demo's data as they go, and the tests that count a tenant's patients need them to stay put.
/// </summary>
public class HtpiHostFixture : IAsyncLifetime
{
    private readonly TimeSpan broadcastInterval;
    private NatsServer? server;
    private DemoBackendHost? host;

    public HtpiHostFixture()
        : this(TimeSpan.Zero)
    {
    }

    protected HtpiHostFixture(TimeSpan broadcastInterval) => this.broadcastInterval = broadcastInterval;

    public DemoBackendHost Host => host ?? throw new InvalidOperationException("Not started.");

    public string NatsUrl => server?.Url ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync()
    {
        server = await NatsServer.StartAsync();
        host = await DemoBackendHost.StartAsync(new DemoBackendOptions { NatsUrl = server.Url, Serve = DemoServe.Htpi, BroadcastInterval = broadcastInterval });
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
