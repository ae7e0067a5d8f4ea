using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.Adapters.Http.IntegrationTests.Infrastructure;
using Portal.Adapters.Http.Platform;
using Portal.Application.Billing.Ports;
using Portal.Application.Identity.Ports;
using Portal.Application.Services.Ports;
using Portal.Application.Tenants.Ports;
using Portal.Application.Tickets.Ports;

namespace Portal.Adapters.Http.IntegrationTests.Configuration;

/// <summary>What the composition root gets from AddHttpAdapter/AddPlatformIdentity, and what stops startup.</summary>
public sealed class ConfigurationTests
{
    private const string GoodSecret = "a-secret-of-at-least-thirty-two-characters";

    private static Dictionary<string, string?> Valid() => new()
    {
        ["PLATFORM_API_URL"] = "http://127.0.0.1:8700/api",
        ["PLATFORM_API_SECRET"] = GoodSecret,
        ["PORTAL_ID"] = "portal-1",
    };

    [Fact]
    public void A_valid_configuration_provides_every_platform_port()
    {
        using var provider = Build(Valid(), identity: true);
        provider.GetRequiredService<IStartupValidator>().Validate();
        using var scope = provider.CreateScope();

        Assert.NotNull(scope.ServiceProvider.GetRequiredService<IBillingLedger>());
        Assert.NotNull(scope.ServiceProvider.GetRequiredService<IServiceCatalog>());
        Assert.NotNull(scope.ServiceProvider.GetRequiredService<ISupportDesk>());
        Assert.NotNull(scope.ServiceProvider.GetRequiredService<IIdentityProvider>());
        Assert.NotNull(scope.ServiceProvider.GetRequiredService<ITenantDirectory>());
    }

    /// <summary>
    /// A request resolves the ports it needs: each is built once for the host (with its area's Refit client and
    /// HttpClient), not per request, and the identity ports are the one Platform accounts object.
    /// </summary>
    [Fact]
    public void Every_platform_port_is_built_once_for_the_host()
    {
        using var provider = Build(Valid(), identity: true);
        using var first = provider.CreateScope();
        using var second = provider.CreateScope();

        Assert.Same(first.ServiceProvider.GetRequiredService<IBillingLedger>(), second.ServiceProvider.GetRequiredService<IBillingLedger>());
        Assert.Same(first.ServiceProvider.GetRequiredService<IServiceCatalog>(), second.ServiceProvider.GetRequiredService<IServiceCatalog>());
        Assert.Same(first.ServiceProvider.GetRequiredService<ISupportDesk>(), second.ServiceProvider.GetRequiredService<ISupportDesk>());
        Assert.Same(first.ServiceProvider.GetRequiredService<IPlatformSessions>(), second.ServiceProvider.GetRequiredService<IPlatformSessions>());
        Assert.Same(first.ServiceProvider.GetRequiredService<IIdentityProvider>(), second.ServiceProvider.GetRequiredService<ITenantDirectory>());
    }

    [Fact]
    public void Every_typed_client_shares_one_base_address_with_a_trailing_slash()
    {
        using var provider = Build(Valid(), identity: true);
        var factory = provider.GetRequiredService<IHttpClientFactory>();

        var addresses = PlatformArea.All
            .Select(area =>
            {
                using var client = factory.CreateClient(area.HttpClientName);
                return client.BaseAddress;
            })
            .ToList();

        Assert.Equal(new Uri("http://127.0.0.1:8700/api/"), addresses[0]);
        Assert.All(addresses, address => Assert.Same(addresses[0], address));
    }

    [Theory]
    [InlineData("http://127.0.0.1:8700/api", "http://127.0.0.1:8700/api/")]
    [InlineData("https://platform.example/v2/", "https://platform.example/v2/")]
    public void The_base_address_is_built_once_per_base_url(string baseUrl, string expected)
    {
        var options = new PlatformApiOptions { BaseUrl = "http://old.example/api" };
        var old = options.BaseAddress;

        options.BaseUrl = baseUrl;

        Assert.Equal(new Uri("http://old.example/api/"), old);
        Assert.Equal(new Uri(expected), options.BaseAddress);
        Assert.Same(options.BaseAddress, options.BaseAddress);
    }

    [Fact]
    public void Without_AddPlatformIdentity_the_identity_ports_are_left_to_another_backend()
    {
        using var provider = Build(Valid(), identity: false);

        Assert.Null(provider.GetService<IIdentityProvider>());
        Assert.Null(provider.GetService<ITenantDirectory>());
        Assert.NotNull(provider.CreateScope().ServiceProvider.GetRequiredService<IBillingLedger>());
    }

    [Theory]
    [InlineData("PLATFORM_API_SECRET", null)]
    [InlineData("PLATFORM_API_SECRET", "too-short")]
    [InlineData("PLATFORM_API_URL", null)]
    [InlineData("PLATFORM_API_URL", "127.0.0.1:8700/api")]
    [InlineData("PLATFORM_API_URL", "ftp://127.0.0.1/api")]
    [InlineData("PLATFORM_API_URL", "/api")]
    [InlineData("PORTAL_ID", null)]
    [InlineData("PORTAL_ID", "my portal")]
    [InlineData("PLATFORM_API_TOTAL_TIMEOUT", "00:00:01")]
    [InlineData("PLATFORM_API_MAX_RETRIES", "-1")]
    [InlineData("PLATFORM_API_BREAKER_MINIMUM_CALLS", "1")]
    [InlineData("PLATFORM_API_BREAKER_FAILURE_RATIO", "0")]
    [InlineData("PLATFORM_API_BREAK_DURATION", "00:00:00.100")]
    [InlineData("PLATFORM_API_DEFAULT_CURRENCY", "euro")]
    public void A_missing_or_invalid_setting_stops_startup_naming_the_key(string key, string? value)
    {
        var settings = Valid();
        settings["PLATFORM_API_ATTEMPT_TIMEOUT"] = "00:00:05";
        settings[key] = value;
        using var provider = Build(settings, identity: true);

        var error = Assert.ThrowsAny<Exception>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(key, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(GoodSecret, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_setting_that_is_not_a_time_span_stops_startup_naming_the_key()
    {
        var settings = Valid();
        settings["PLATFORM_API_ATTEMPT_TIMEOUT"] = "soon";
        using var provider = Build(settings, identity: false);

        var error = Assert.ThrowsAny<Exception>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("PLATFORM_API_ATTEMPT_TIMEOUT", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Platform_identity_needs_the_http_adapter_first()
    {
        var services = new ServiceCollection();

        var error = Assert.Throws<InvalidOperationException>(() => services.AddPlatformIdentity());

        Assert.Contains("AddHttpAdapter", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_base_path_is_kept_with_or_without_a_trailing_slash()
    {
        await using var platform = await FakePlatform.StartAsync();
        platform.OnJson("users/customers/", """{"success": true, "results": []}""");
        foreach (var url in new[] { platform.ApiUrl, platform.ApiUrl + "/" })
        {
            await using var portal = PlatformHarness.Create(platform, settings => settings["PLATFORM_API_URL"] = url);
            var token = portal.Get<Portal.Adapters.Http.Accounts.Tokens.PlatformAccessTokens>().Issue(new Domain.Identity.UserId("42"));
            await portal.Get<ITenantDirectory>().ListForUserAsync(token, new Domain.Identity.UserId("42"), CancellationToken.None);
        }

        Assert.All(platform.Requests, request => Assert.Equal("/api/users/customers/", request.RawTarget));
        Assert.Equal(2, platform.Requests.Count);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings, bool identity)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddHttpAdapter(configuration);
        if (identity)
        {
            services.AddPlatformIdentity();
        }

        return services.BuildServiceProvider();
    }
}
