namespace Portal.Adapters.Nats.IntegrationTests.Infrastructure;

/// <summary>One plain nats-server shared by the tests of a class (<c>IClassFixture&lt;NatsServerFixture&gt;</c>).</summary>
public sealed class NatsServerFixture : IAsyncLifetime
{
    private NatsServer? _server;

    public NatsServer Server => _server ?? throw new InvalidOperationException("The NATS server fixture has not started.");

    public string Url => Server.Url;

    public int Port => Server.Port;

    public async Task InitializeAsync() => _server = await NatsServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
