using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Portal.Web.FunctionalTests.Hosting;

public sealed class HostingTests
{
    [Theory]
    [InlineData("/healthz")]
    [InlineData("/readyz")]
    public async Task Health_endpoints_answer_without_a_sign_in(string url)
    {
        using var app = new PortalApp();
        using var browser = app.Browser();

        var response = await browser.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("SECRET_KEY", null, "SECRET_KEY is required")]
    [InlineData("SECRET_KEY", "too-short", "SECRET_KEY must be at least 32 characters")]
    [InlineData("PORT", "http", "PORT must be a port number")]
    [InlineData("BIND_ADDRESS", "localhost", "BIND_ADDRESS must be an IP address")]
    [InlineData("BIND_ADDRESS", "127.1", "BIND_ADDRESS must be an IP address")]
    [InlineData("BIND_ADDRESS", "010.0.0.1", "BIND_ADDRESS must be an IP address")]
    [InlineData("BIND_ADDRESS", "300.0.0.1", "BIND_ADDRESS must be an IP address")]
    [InlineData("BIND_ADDRESS", "http://127.0.0.1:8080", "BIND_ADDRESS must be an IP address")]
    [InlineData("ENV", "staging", "ENV must be 'production' or 'development'")]
    [InlineData("IDENTITY_BACKEND", "ldap", "IDENTITY_BACKEND must be 'htpi' or 'platform'")]
    [InlineData("LIVE_REVERIFY_SECONDS", "0", "LIVE_REVERIFY_SECONDS must be a number of seconds")]
    public void A_missing_or_invalid_setting_fails_the_start_validation_naming_it(string key, string? value, string message)
    {
        var settings = new Dictionary<string, string?> { ["SECRET_KEY"] = PortalApp.SecretKey, [key] = value };
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddWeb();
        using var provider = services.BuildServiceProvider();

        var invalid = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(invalid.Failures, f => f.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void Valid_settings_pass_the_start_validation()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["SECRET_KEY"] = PortalApp.SecretKey, ["PORT"] = "5000", ["ENV"] = "production" })
            .Build());
        services.AddWeb();
        using var provider = services.BuildServiceProvider();

        provider.GetRequiredService<IStartupValidator>().Validate();

        Assert.Equal(5000, provider.GetRequiredService<IOptions<Configuration.WebOptions>>().Value.Port);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("127.0.0.1", "127.0.0.1")]
    [InlineData(" 10.1.2.3 ", "10.1.2.3")]
    [InlineData("0.0.0.0", "0.0.0.0")]
    [InlineData("::1", "::1")]
    [InlineData("fd00::2", "fd00::2")]
    public void An_ip_address_in_BIND_ADDRESS_is_where_Portal_listens(string? bindAddress, string? listenAddress)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["SECRET_KEY"] = PortalApp.SecretKey, ["BIND_ADDRESS"] = bindAddress })
            .Build());
        services.AddWeb();
        using var provider = services.BuildServiceProvider();

        provider.GetRequiredService<IStartupValidator>().Validate();

        Assert.Equal(listenAddress, provider.GetRequiredService<IOptions<Configuration.WebOptions>>().Value.ListenAddress?.ToString());
    }
}
