using Portal.Demo.Backend;

namespace Portal.Demo.Tests.Data;

public sealed class DemoBackendOptionsTests
{
    [Fact]
    public void Command_line_sets_every_option()
    {
        var options = DemoBackendOptions.FromConfiguration(
        [
            "--nats-url", "nats://127.0.0.1:4999", "--platform-port", "8711", "--platform-api-secret", new string('s', 40),
            "--portal-id", "portal-x", "--broadcast-interval", "0.5", "--serve", "htpi", "--htpi-replicas", "2",
            "--platform-rate-limit", "120",
        ]);

        Assert.Equal("nats://127.0.0.1:4999", options.NatsUrl);
        Assert.Equal(8711, options.PlatformPort);
        Assert.Equal(new string('s', 40), options.PlatformApiSecret);
        Assert.Equal("portal-x", options.PortalId);
        Assert.Equal(TimeSpan.FromMilliseconds(500), options.BroadcastInterval);
        Assert.Equal(DemoServe.Htpi, options.Serve);
        Assert.Equal(2, options.HtpiReplicas);
        Assert.Equal(120, options.PlatformRateLimit);
    }

    [Theory]
    [InlineData(null, null, DemoServe.Platform)]
    [InlineData("nats://127.0.0.1:4222", null, DemoServe.Both)]
    [InlineData("nats://127.0.0.1:4222", DemoServe.Platform, DemoServe.Platform)]
    public void Without_a_mode_the_nats_url_decides_as_before(string? natsUrl, DemoServe? serve, DemoServe expected)
    {
        Assert.Equal(expected, new DemoBackendOptions { NatsUrl = natsUrl, Serve = serve }.EffectiveServe);
    }

    [Theory]
    [InlineData(DemoServe.Htpi)]
    [InlineData(DemoServe.Both)]
    public void Serving_htpi_without_a_nats_url_is_refused(DemoServe serve)
    {
        var exception = Assert.Throws<ArgumentException>(new DemoBackendOptions { Serve = serve }.Validate);

        Assert.Contains(DemoBackendOptions.NatsUrlKey, exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--platform-port", "70000", DemoBackendOptions.PlatformPortKey)]
    [InlineData("--broadcast-interval", "soon", DemoBackendOptions.BroadcastIntervalKey)]
    [InlineData("--serve", "everything", DemoBackendOptions.ServeKey)]
    [InlineData("--htpi-replicas", "3", DemoBackendOptions.HtpiReplicasKey)]
    [InlineData("--platform-rate-limit", "-1", DemoBackendOptions.PlatformRateLimitKey)]
    public void Unusable_values_are_refused_with_the_setting_named(string argument, string value, string setting)
    {
        var exception = Assert.Throws<ArgumentException>(() => DemoBackendOptions.FromConfiguration([argument, value]));

        Assert.Contains(setting, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Short_secret_is_refused()
    {
        var options = new DemoBackendOptions { PlatformApiSecret = "short" };

        var exception = Assert.Throws<ArgumentException>(options.Validate);

        Assert.Contains(DemoBackendOptions.PlatformApiSecretKey, exception.Message, StringComparison.Ordinal);
    }
}
