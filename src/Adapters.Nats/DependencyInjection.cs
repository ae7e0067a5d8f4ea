using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Portal.Adapters.Nats.Claims;
using Portal.Adapters.Nats.Configuration;
using Portal.Adapters.Nats.Connection;
using Portal.Adapters.Nats.Dashboard;
using Portal.Adapters.Nats.Encounters;
using Portal.Adapters.Nats.Health;
using Portal.Adapters.Nats.Identity;
using Portal.Adapters.Nats.Insurance;
using Portal.Adapters.Nats.LiveUpdates;
using Portal.Adapters.Nats.Messaging;
using Portal.Adapters.Nats.Patients;
using Portal.Adapters.Nats.Requests;
using Portal.Adapters.Nats.Resilience;
using Portal.Adapters.Nats.Telemetry;
using Portal.Adapters.Nats.Tenants;
using Portal.Application.Claims.Ports;
using Portal.Application.Dashboard.Ports;
using Portal.Application.Encounters.Ports;
using Portal.Application.Identity.Ports;
using Portal.Application.Insurance.Ports;
using Portal.Application.LiveUpdates.Ports;
using Portal.Application.Patients.Ports;
using Portal.Application.Tenants.Ports;

namespace Portal.Adapters.Nats;

public static class DependencyInjection
{
    /// <summary>
    /// The NATS connection (opened when the host starts; the host fails to start without it) and the HTPI ports for
    /// patients, insurance, claims, encounters, dashboard and live updates, plus the <c>nats</c> health check tagged <c>ready</c>
    /// (unhealthy while disconnected), which Web's <c>/readyz</c> runs. Reads <c>NATS_URL</c> (required),
    /// <c>NATS_REQUEST_TIMEOUT</c> and <c>NATS_INSTANCE_ID</c> from the configuration root; invalid settings stop startup.
    /// Sign-in and tenants come from <see cref="AddNatsIdentity"/>, which the composition root adds when HTPI is the identity source.
    /// </summary>
    public static IServiceCollection AddNatsAdapter(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<NatsAdapterOptions>()
            .Bind(configuration)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<NatsAdapterOptions>, NatsAdapterOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        // One object is both the bus and the hosted service that opens it when the host starts.
        services.TryAddSingleton<NatsBusHost>();
        services.TryAddSingleton<IMessageBus>(provider => provider.GetRequiredService<NatsBusHost>());
        services.AddHostedService(provider => provider.GetRequiredService<NatsBusHost>());
        services.AddHealthChecks().AddCheck<NatsReadinessCheck>("nats", tags: [NatsReadinessCheck.ReadinessTag]);

        services.AddHtpiResilience(configuration);
        services.AddMetrics();
        services.TryAddSingleton<HtpiMetrics>();
        services.TryAddSingleton<HtpiRequester>();
        services.AddSingleton<IPatientRegistry, NatsPatientRegistry>();
        services.AddSingleton<IInsurancePolicyRegistry, NatsInsurancePolicyRegistry>();
        services.AddSingleton<IClaimRegistry, NatsClaimRegistry>();
        services.AddSingleton<IEncounterRegistry, NatsEncounterRegistry>();
        services.AddSingleton<IPracticeDashboard, NatsPracticeDashboard>();
        services.AddSingleton<ITenantEventFeed, NatsTenantEventFeed>();
        return services;
    }

    /// <summary>
    /// Opens the NATS connection now instead of when the host starts (the hosted service then finds it open), so a server
    /// that cannot be reached stops the process before the host starts. Answers null once connected, or the one-line
    /// reason (servers named, credentials redacted) when no server could be reached or it refused Portal. Nothing happens
    /// when the connection is not among the hosted services (a test host that took it out).
    /// </summary>
    public static async Task<string?> TryConnectNatsAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        if (services.GetServices<IHostedService>().OfType<NatsBusHost>().FirstOrDefault() is not { } connection)
        {
            return null;
        }

        try
        {
            await connection.StartAsync(cancellationToken).ConfigureAwait(false);
            return null;
        }
        catch (NatsUnreachableException unreachable)
        {
            return unreachable.Message;
        }
    }

    /// <summary>HTPI as the identity source: <see cref="IIdentityProvider"/> and <see cref="ITenantDirectory"/> over NATS. Needs <see cref="AddNatsAdapter"/>.</summary>
    public static IServiceCollection AddNatsIdentity(this IServiceCollection services)
    {
        services.AddSingleton<IIdentityProvider, NatsIdentityProvider>();
        services.AddSingleton<ITenantDirectory, NatsTenantDirectory>();
        return services;
    }
}
