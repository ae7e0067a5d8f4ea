using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Portal.Adapters.Nats.Configuration;

namespace Portal.Adapters.Nats.IntegrationTests.Support;

/// <summary>The adapter as the composition root wires it (AddNatsAdapter + AddNatsIdentity), started against a real server.</summary>
internal sealed class PortalOnNats : IAsyncDisposable
{
    private readonly ServiceProvider provider;

    private PortalOnNats(ServiceProvider provider) => this.provider = provider;

    public static async Task<PortalOnNats> StartAsync(string url, TimeSpan requestTimeout)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                [NatsAdapterOptions.UrlKey] = url,
                [NatsAdapterOptions.RequestTimeoutKey] = requestTimeout.ToString("c"),
            })
            .Build();
        var provider = new ServiceCollection()
            .AddLogging()
            .AddNatsAdapter(configuration)
            .AddNatsIdentity()
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        provider.GetRequiredService<IStartupValidator>().Validate();
        foreach (var service in provider.GetServices<IHostedService>())
        {
            await service.StartAsync(CancellationToken.None);
        }

        return new PortalOnNats(provider);
    }

    public T Get<T>()
        where T : notnull => provider.GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        foreach (var service in provider.GetServices<IHostedService>())
        {
            await service.StopAsync(CancellationToken.None);
        }

        await provider.DisposeAsync();
    }
}
