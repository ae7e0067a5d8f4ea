using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Adapters.Nats.Configuration;
using Portal.Adapters.Nats.Messaging;
using Portal.Adapters.Nats.Resilience;

namespace Portal.Adapters.Nats.IntegrationTests.Resilience;

/// <summary>
/// The adapter as the composition root wires it (AddNatsAdapter + AddNatsIdentity), with resilience settings, a recording
/// logger and either a given bus and clock (nothing is started) or a real server (the connection is opened).
/// </summary>
internal sealed class HtpiHarness : IAsyncDisposable
{
    private readonly ServiceProvider provider;
    private readonly bool started;

    private HtpiHarness(ServiceProvider provider, bool started, RecordingLoggerProvider log)
    {
        this.provider = provider;
        this.started = started;
        Log = log;
    }

    public RecordingLoggerProvider Log { get; }

    public HtpiCircuitBreakers Breakers => Get<HtpiCircuitBreakers>();

    /// <summary>Over <paramref name="bus"/> and <paramref name="clock"/>; the settings' validation runs as at start.</summary>
    public static HtpiHarness Over(IMessageBus bus, TimeProvider clock, IReadOnlyDictionary<string, string?> settings)
    {
        var services = new ServiceCollection().AddSingleton(bus).AddSingleton(clock);
        return Build(services, Settings("nats://127.0.0.1:4222", settings), started: false);
    }

    /// <summary>Against the server at <paramref name="url"/>, connected before this returns.</summary>
    public static async Task<HtpiHarness> StartAsync(string url, IReadOnlyDictionary<string, string?> settings)
    {
        var harness = Build(new ServiceCollection(), Settings(url, settings), started: true);
        foreach (var service in harness.provider.GetServices<IHostedService>())
        {
            await service.StartAsync(CancellationToken.None);
        }

        return harness;
    }

    public static string Duration(TimeSpan value) => value.ToString("c", CultureInfo.InvariantCulture);

    public T Get<T>()
        where T : notnull => provider.GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        if (started)
        {
            foreach (var service in provider.GetServices<IHostedService>())
            {
                await service.StopAsync(CancellationToken.None);
            }
        }

        await provider.DisposeAsync();
    }

    private static Dictionary<string, string?> Settings(string url, IReadOnlyDictionary<string, string?> settings)
    {
        var all = new Dictionary<string, string?>
        {
            [NatsAdapterOptions.UrlKey] = url,
            [NatsAdapterOptions.InstanceIdKey] = "resilience-test",
        };
        foreach (var (key, value) in settings)
        {
            all[key] = value;
        }

        return all;
    }

    private static HtpiHarness Build(IServiceCollection services, Dictionary<string, string?> settings, bool started)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var log = new RecordingLoggerProvider();
        services.AddLogging(logging => logging.ClearProviders().SetMinimumLevel(LogLevel.Trace).AddProvider(log))
            .AddNatsAdapter(configuration)
            .AddNatsIdentity();
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        provider.GetRequiredService<IStartupValidator>().Validate();
        return new HtpiHarness(provider, started, log);
    }
}
