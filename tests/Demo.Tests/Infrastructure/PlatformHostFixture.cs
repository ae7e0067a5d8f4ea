using Portal.Demo.Backend;

namespace Portal.Demo.Tests.Infrastructure;

/// <summary>One demo backend serving only the Platform API (no NATS), shared by a test class.</summary>
public sealed class PlatformHostFixture : IAsyncLifetime
{
    private DemoBackendHost? host;
    private HttpClient? http;

    public DemoBackendHost Host => host ?? throw new InvalidOperationException("Not started.");

    internal PlatformClient Client { get; private set; } = null!;

    internal HttpClient Http => http ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync()
    {
        host = await DemoBackendHost.StartAsync(new DemoBackendOptions { BroadcastInterval = TimeSpan.Zero });
        http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        Client = new PlatformClient(host, http);
    }

    public async Task DisposeAsync()
    {
        http?.Dispose();
        if (host is not null)
        {
            await host.DisposeAsync();
        }
    }
}
