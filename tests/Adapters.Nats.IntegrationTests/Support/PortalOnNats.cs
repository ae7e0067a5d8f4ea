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

    /// <param name="settings">More settings (credential and certificate files), by their environment variable names.</param>
    public static async Task<PortalOnNats> StartAsync(string url, TimeSpan requestTimeout, IReadOnlyDictionary<string, string>? settings = null)
    {
        var values = new Dictionary<string, string?>
        {
            [NatsAdapterOptions.UrlKey] = url,
            [NatsAdapterOptions.RequestTimeoutKey] = requestTimeout.ToString("c"),
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var provider = new ServiceCollection()
            .AddLogging()
            .AddNatsAdapter(configuration)
            .AddNatsIdentity()
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        provider.GetRequiredService<IStartupValidator>().Validate();
        try
        {
            foreach (var service in provider.GetServices<IHostedService>())
            {
                await service.StartAsync(CancellationToken.None);
            }
        }
        catch
        {
            await provider.DisposeAsync();
            throw;
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
