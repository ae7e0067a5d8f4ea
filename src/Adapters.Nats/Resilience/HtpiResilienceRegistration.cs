using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Portal.Adapters.Nats.Resilience;

internal static class HtpiResilienceRegistration
{
    /// <summary>
    /// <see cref="HtpiResilienceOptions"/> from the configuration root (invalid settings stop the start), the areas'
    /// circuit breakers and the throttled failure log that <c>HtpiRequester</c> uses.
    /// </summary>
    public static IServiceCollection AddHtpiResilience(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<HtpiResilienceOptions>()
            .Bind(configuration)
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<HtpiResilienceOptions>, HtpiResilienceOptionsValidator>());
        services.TryAddSingleton<HtpiCircuitBreakers>();
        services.TryAddSingleton<HtpiFailureLog>();
        return services;
    }
}
