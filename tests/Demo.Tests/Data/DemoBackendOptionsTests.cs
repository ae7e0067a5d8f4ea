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
            "--portal-id", "portal-x", "--broadcast-interval", "0.5",
        ]);

        Assert.Equal("nats://127.0.0.1:4999", options.NatsUrl);
        Assert.Equal(8711, options.PlatformPort);
        Assert.Equal(new string('s', 40), options.PlatformApiSecret);
        Assert.Equal("portal-x", options.PortalId);
        Assert.Equal(TimeSpan.FromMilliseconds(500), options.BroadcastInterval);
    }

    [Theory]
    [InlineData("--platform-port", "70000")]
    [InlineData("--broadcast-interval", "soon")]
    public void Unusable_values_are_refused_with_the_setting_named(string argument, string value)
    {
        var exception = Assert.Throws<ArgumentException>(() => DemoBackendOptions.FromConfiguration([argument, value]));

        Assert.Contains(argument == "--platform-port" ? DemoBackendOptions.PlatformPortKey : DemoBackendOptions.BroadcastIntervalKey, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Short_secret_is_refused()
    {
        var options = new DemoBackendOptions { PlatformApiSecret = "short" };

        var exception = Assert.Throws<ArgumentException>(options.Validate);

        Assert.Contains(DemoBackendOptions.PlatformApiSecretKey, exception.Message, StringComparison.Ordinal);
    }
}
