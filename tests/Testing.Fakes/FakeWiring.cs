using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Portal.Testing.Fakes;

/// <summary>What every host that stands Portal on fakes does to its services: nothing dials a backend, each port is the fake given.</summary>
public static class FakeWiring
{
    /// <summary>The adapters' hosted services (the NATS connection) would dial real backends; the host's own stay.</summary>
    public static void RemoveAdapterHostedServices(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        foreach (var descriptor in services.Where(d => d.ServiceType == typeof(IHostedService) && IsFromAdapter(d)).ToList())
        {
            services.Remove(descriptor);
        }
    }

    /// <summary>Whatever was registered for <typeparamref name="TPort"/> gives way to <paramref name="fake"/>.</summary>
    public static void ReplacePort<TPort>(this IServiceCollection services, TPort fake)
        where TPort : class
    {
        ArgumentNullException.ThrowIfNull(fake);
        services.RemoveAll<TPort>();
        services.AddSingleton(fake);
    }

    private static bool IsFromAdapter(ServiceDescriptor descriptor)
    {
        var type = descriptor.ImplementationType ?? descriptor.ImplementationInstance?.GetType() ?? descriptor.ImplementationFactory?.Method.DeclaringType;
        return type?.Assembly.GetName().Name?.StartsWith("Portal.Adapters.", StringComparison.Ordinal) == true;
    }
}
