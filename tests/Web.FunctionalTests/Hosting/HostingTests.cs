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
    [InlineData("/healthz", "POST")]
    [InlineData("/readyz", "DELETE")]
    [InlineData("/readyz", "TRACE")]
    public async Task Health_endpoints_answer_only_the_methods_probes_use(string url, string method)
    {
        using var app = new PortalApp();
        using var browser = app.Browser();
        using var head = new HttpRequestMessage(HttpMethod.Head, new Uri(url, UriKind.Relative));
        using var other = new HttpRequestMessage(new HttpMethod(method), new Uri(url, UriKind.Relative));

        var headAnswer = await browser.Client.SendAsync(head);
        var otherAnswer = await browser.Client.SendAsync(other);

        Assert.Equal(HttpStatusCode.OK, headAnswer.StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, otherAnswer.StatusCode);
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
    [InlineData("LIVE_REVERIFY_SECONDS", "0", "LIVE_REVERIFY_SECONDS must be a number of seconds")]
    [InlineData("SIGNIN_ABSOLUTE_LIFETIME", "12h", "SIGNIN_ABSOLUTE_LIFETIME must be a duration")]
    [InlineData("SIGNIN_ABSOLUTE_LIFETIME", "31.00:00:00", "SIGNIN_ABSOLUTE_LIFETIME must be a duration")]
    [InlineData("SIGNIN_IDLE_LIFETIME", "00:00:10", "SIGNIN_IDLE_LIFETIME must be a duration")]
    [InlineData("SIGNIN_IDLE_LIFETIME", "13:00:00", "SIGNIN_IDLE_LIFETIME must not be longer than SIGNIN_ABSOLUTE_LIFETIME")]
    [InlineData("LOGIN_LIMIT_PER_ADDRESS", "0", "LOGIN_LIMIT_PER_ADDRESS must be a number of attempts")]
    [InlineData("LOGIN_LIMIT_PER_EMAIL", "many", "LOGIN_LIMIT_PER_EMAIL must be a number of attempts")]
    [InlineData("LOGIN_LIMIT_WINDOW", "00:00:00", "LOGIN_LIMIT_WINDOW must be a duration")]
    [InlineData("FORWARDED_FOR_PROXIES", "10.0.0.1, proxy.internal", "FORWARDED_FOR_PROXIES must be comma-separated IP addresses or CIDR networks")]
    [InlineData("FORWARDED_FOR_PROXIES", "10.1.2.3/8", "FORWARDED_FOR_PROXIES must be comma-separated IP addresses or CIDR networks")]
    [InlineData("FORWARDED_FOR_PROXIES", "10.0.0.0/33", "FORWARDED_FOR_PROXIES must be comma-separated IP addresses or CIDR networks")]
    [InlineData("SHUTDOWN_DELAY", "-00:00:01", "SHUTDOWN_DELAY must be a duration")]
    [InlineData("CULTURE", "xx-NOPE", "CULTURE must name a culture")]
    [InlineData("CULTURE", "ar-SA", "CULTURE must name a culture whose calendar is the Gregorian one")]
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

    [Fact]
    public void Hardening_settings_are_read_from_their_environment_names()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["SECRET_KEY"] = PortalApp.SecretKey,
                ["SIGNIN_ABSOLUTE_LIFETIME"] = "08:00:00",
                ["SIGNIN_IDLE_LIFETIME"] = "00:15:00",
                ["FORWARDED_FOR_PROXIES"] = "10.0.0.7, 192.168.0.0/16, fd00::/8",
                ["SHUTDOWN_DELAY"] = "00:00:05",
            })
            .Build());
        services.AddWeb();
        using var provider = services.BuildServiceProvider();

        provider.GetRequiredService<IStartupValidator>().Validate();

        var options = provider.GetRequiredService<IOptions<Configuration.WebOptions>>().Value;
        Assert.Equal(TimeSpan.FromHours(8), options.SignInAbsoluteLifetime);
        Assert.Equal(TimeSpan.FromMinutes(15), options.SignInIdleLifetime);
        Assert.Equal(["10.0.0.7/32", "192.168.0.0/16", "fd00::/8"], options.TrustedProxies.Select(network => network.ToString()));
        Assert.Equal(TimeSpan.FromSeconds(15), provider.GetRequiredService<IOptions<Microsoft.Extensions.Hosting.HostOptions>>().Value.ShutdownTimeout);
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
