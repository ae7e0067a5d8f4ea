using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Portal.Adapters.Http.IntegrationTests.Infrastructure;

/// <summary>
/// Portal's side of a test: the adapter registered exactly as Web registers it (AddHttpAdapter + AddPlatformIdentity) from
/// configuration keys pointing at a <see cref="FakePlatform"/>, with test-sized timeouts that a test may override.
/// </summary>
public sealed class PlatformHarness : IAsyncDisposable
{
    private readonly ServiceProvider provider;
    private readonly AsyncServiceScope scope;

    private PlatformHarness(ServiceProvider provider, CapturedLog log)
    {
        this.provider = provider;
        Log = log;
        scope = provider.CreateAsyncScope();
    }

    public CapturedLog Log { get; }

    public static Dictionary<string, string?> DefaultSettings(FakePlatform platform) => new()
    {
        ["PLATFORM_API_URL"] = platform.ApiUrl,
        ["PLATFORM_API_SECRET"] = FakePlatform.Secret,
        ["PORTAL_ID"] = FakePlatform.PortalId,
        ["PLATFORM_API_ATTEMPT_TIMEOUT"] = "00:00:05",
        ["PLATFORM_API_TOTAL_TIMEOUT"] = "00:00:15",
        ["PLATFORM_API_MAX_RETRIES"] = "2",
        ["PLATFORM_API_RETRY_BASE_DELAY"] = "00:00:00.020",
        ["PLATFORM_API_MAX_RETRY_AFTER"] = "00:00:05",
        ["PLATFORM_API_BREAKER_MINIMUM_CALLS"] = "100",
        ["PLATFORM_API_BREAK_DURATION"] = "00:00:05",
    };

    public static PlatformHarness Create(
        FakePlatform platform,
        Action<Dictionary<string, string?>>? configure = null,
        TimeProvider? time = null,
        Action<IServiceCollection>? services = null)
    {
        var settings = DefaultSettings(platform);
        configure?.Invoke(settings);
        return Create(settings, time, services);
    }

    /// <summary>The adapter with its production defaults: only the address and the credentials are configured.</summary>
    public static PlatformHarness CreateWithDefaults(FakePlatform platform, TimeProvider? time = null) => Create(
        new Dictionary<string, string?>
        {
            ["PLATFORM_API_URL"] = platform.ApiUrl,
            ["PLATFORM_API_SECRET"] = FakePlatform.Secret,
            ["PORTAL_ID"] = FakePlatform.PortalId,
        },
        time);

    /// <param name="extra">Registrations a test adds after the adapter's own, for example a handler that watches requests.</param>
    public static PlatformHarness Create(
        Dictionary<string, string?> settings, TimeProvider? time = null, Action<IServiceCollection>? extra = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        var log = new CapturedLog(time);
        services.AddLogging(logging => logging.AddProvider(log).SetMinimumLevel(LogLevel.Trace));
        if (time is not null)
        {
            services.AddSingleton(time);
        }

        services.AddHttpAdapter(configuration).AddPlatformIdentity();
        extra?.Invoke(services);
        return new PlatformHarness(
            services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true }), log);
    }

    public T Get<T>()
        where T : notnull => scope.ServiceProvider.GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        await scope.DisposeAsync();
        await provider.DisposeAsync();
    }
}
