using System.Text.Json.Serialization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Portal.Adapters.Http.Accounts;
using Portal.Adapters.Http.Accounts.Dtos;
using Portal.Adapters.Http.Accounts.Tokens;
using Portal.Adapters.Http.Billing;
using Portal.Adapters.Http.Billing.Dtos;
using Portal.Adapters.Http.Company;
using Portal.Adapters.Http.Company.Dtos;
using Portal.Adapters.Http.Platform;
using Portal.Adapters.Http.Platform.Resilience;
using Portal.Adapters.Http.Platform.Signing;
using Portal.Adapters.Http.Privacy;
using Portal.Adapters.Http.Privacy.Dtos;
using Portal.Adapters.Http.Profile;
using Portal.Adapters.Http.Profile.Dtos;
using Portal.Adapters.Http.Services;
using Portal.Adapters.Http.Services.Dtos;
using Portal.Adapters.Http.Tickets;
using Portal.Adapters.Http.Team;
using Portal.Adapters.Http.Team.Dtos;
using Portal.Adapters.Http.Tickets.Dtos;
using Portal.Application.Addresses.Ports;
using Portal.Application.Billing.Ports;
using Portal.Application.Company.Ports;
using Portal.Application.Identity.Ports;
using Portal.Application.Privacy.Ports;
using Portal.Application.Profile.Ports;
using Portal.Application.Services.Ports;
using Portal.Application.Team.Ports;
using Portal.Application.Tenants.Ports;
using Portal.Application.Tickets.Ports;
using Refit;

namespace Portal.Adapters.Http;

public static class DependencyInjection
{
    /// <summary>
    /// How long a connection to the Platform is reused before a new one is opened (and its name resolved again): the
    /// factory's default handler lifetime, so a changed DNS record is followed as soon as it was before.
    /// </summary>
    private static readonly TimeSpan PooledConnectionLifetime = TimeSpan.FromMinutes(2);

    /// <summary>
    /// The Platform API's billing, services, support-ticket, sign-in re-validation, profile and privacy ports over HTTP, configured from the flat keys of
    /// <see cref="PlatformApiOptions"/> (<c>PLATFORM_API_URL</c>, <c>PLATFORM_API_SECRET</c>, <c>PORTAL_ID</c>, timeouts …),
    /// which are validated when the host starts: a missing or invalid key stops it with a message naming the key.
    /// </summary>
    public static IServiceCollection AddHttpAdapter(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<PlatformApiOptions>().Bind(configuration).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PlatformApiOptions>, PlatformApiOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddMetrics();
        services.TryAddSingleton<PlatformResiliencePipelines>();
        services.TryAddTransient<PlatformSigningHandler>();
        AddPlatformApi<IPlatformBillingApi>(services, PlatformArea.Billing, BillingJsonContext.Platform);
        AddPlatformApi<IPlatformServicesApi>(services, PlatformArea.Services, ServicesJsonContext.Platform);
        AddPlatformApi<IPlatformSupportApi>(services, PlatformArea.Support, TicketsJsonContext.Platform);
        AddPlatformApi<IPlatformAccountsApi>(services, PlatformArea.Accounts, AccountsJsonContext.Platform);
        AddPlatformApi<IPlatformProfileApi>(services, PlatformArea.Profile, ProfileJsonContext.Platform);
        AddPlatformApi<IPlatformPrivacyApi>(services, PlatformArea.Privacy, PrivacyJsonContext.Platform);
        AddPlatformApi<IPlatformTeamApi>(services, PlatformArea.Team, TeamJsonContext.Platform);
        AddPlatformApi<IPlatformCompanyApi>(services, PlatformArea.Company, CompanyJsonContext.Platform);

        // The ports hold nothing but their area's pipeline and Refit client, so each is built once (see AddPlatformApi).
        services.TryAddSingleton<IPlatformSessions, PlatformSessions>();
        services.TryAddSingleton<IBillingLedger, PlatformBillingLedger>();
        services.TryAddSingleton<IServiceCatalog, PlatformServiceCatalog>();
        services.TryAddSingleton<ISupportDesk, PlatformSupportDesk>();
        services.TryAddSingleton<IAccountProfile, PlatformAccountProfile>();
        services.TryAddSingleton<IPrivacyOffice, PlatformPrivacyOffice>();
        services.TryAddSingleton<ITeamDirectory, PlatformTeamDirectory>();
        services.TryAddSingleton<ICompanyRecords, PlatformCompanyRecords>();
        services.TryAddSingleton<IAddressBook, PlatformAddressBook>();
        return services;
    }

    /// <summary>
    /// The Platform as identity backend, when Portal runs without the HTPI services: <see cref="IIdentityProvider"/>
    /// (sign-in against the Platform, tokens issued and verified by Portal statelessly) and <see cref="ITenantDirectory"/>
    /// (the Platform's customers). Call after <see cref="AddHttpAdapter"/>, which supplies the configuration.
    /// </summary>
    public static IServiceCollection AddPlatformIdentity(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (!services.Any(descriptor => descriptor.ServiceType == typeof(PlatformResiliencePipelines)))
        {
            throw new InvalidOperationException("Call AddHttpAdapter(configuration) before AddPlatformIdentity().");
        }

        services.TryAddSingleton<PlatformAccessTokens>();
        services.TryAddSingleton<PlatformAccounts>();
        services.AddSingleton<IIdentityProvider>(provider => provider.GetRequiredService<PlatformAccounts>());
        services.AddSingleton<ITenantDirectory>(provider => provider.GetRequiredService<PlatformAccounts>());
        return services;
    }

    /// <summary>
    /// An area's Refit interface, from the source-generated implementation (Refit's reflection-based registration would
    /// fail at run time: Refit.Reflection is not part of Portal), on its own <c>IHttpClientFactory</c> client behind
    /// <see cref="PlatformSigningHandler"/>. Answers are read with the area's source-generated JSON context.
    /// <para>Without <c>IHttpClientFactory</c>'s default logging handlers: they open a log scope and format the request's
    /// URI on every attempt even when their category is filtered out. Portal says what an operator needs itself
    /// (<see cref="PlatformAreaLog"/>: failures, retries, the circuit); each attempt keeps its <c>System.Net.Http</c> span
    /// and <c>http.client.request.duration</c>, and each call its own span and <c>portal.backend.call.duration</c>.</para>
    /// <para>The ports are singletons, so each holds one Refit client (and its <see cref="HttpClient"/>) for the life of
    /// the host instead of the factory building a client, running <see cref="ConfigurePlatformClient"/> and activating
    /// the typed client on every request. A client kept that long would keep its handler's connections, and so the
    /// Platform's address, forever if the factory rotated handlers; so the factory never rotates this one
    /// (<c>SetHandlerLifetime(Timeout.InfiniteTimeSpan)</c>) and its <see cref="SocketsHttpHandler"/> closes each pooled
    /// connection after <see cref="PooledConnectionLifetime"/> instead, the next one resolving the name anew. It keeps no
    /// cookies, which a handler kept for the host's life would share between all users.</para>
    /// </summary>
    private static void AddPlatformApi<TApi>(IServiceCollection services, PlatformArea area, JsonSerializerContext json)
        where TApi : class =>
        services.AddRefitGeneratedClient<TApi>(RefitSettings.ForJsonContext(json), area.HttpClientName)
            .ConfigureHttpClient(ConfigurePlatformClient)
            .ConfigurePrimaryHttpMessageHandler(static () => new SocketsHttpHandler
            {
                PooledConnectionLifetime = PooledConnectionLifetime,

                // The Platform is signed, not a session: a cookie it set would otherwise go back with every user's calls.
                UseCookies = false,
            })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)
            .AddHttpMessageHandler<PlatformSigningHandler>()
            .RemoveAllLoggers();

    private static void ConfigurePlatformClient(IServiceProvider provider, HttpClient client)
    {
        var options = provider.GetRequiredService<IOptions<PlatformApiOptions>>().Value;
        client.BaseAddress = options.BaseAddress;

        // The resilience pipeline owns the timeouts; this is only a backstop behind its total timeout.
        client.Timeout = options.TotalTimeout + TimeSpan.FromSeconds(1);
    }
}
