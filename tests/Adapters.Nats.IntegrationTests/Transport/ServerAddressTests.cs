using Portal.Adapters.Nats.Transport;

namespace Portal.Adapters.Nats.IntegrationTests.Transport;

public sealed class ServerAddressTests
{
    [Fact]
    public void Url_list_keeps_order_schemes_ports_and_credentials()
    {
        var servers = NatsServerAddress.ParseList("nats://alice:p%40ss@one:4223, tls://s3cret@two ,three");

        Assert.Equal(
            [
                new NatsServerAddress("one", 4223, false, "alice", "p@ss", null),
                new NatsServerAddress("two", NatsServerAddress.DefaultPort, true, null, null, "s3cret"),
                new NatsServerAddress("three", NatsServerAddress.DefaultPort, false, null, null, null),
            ],
            servers);
    }

    [Theory]
    [InlineData("http://host:4222")]
    [InlineData("nats://")]
    [InlineData(" , ")]
    [InlineData("nats://one:4222,")]
    [InlineData("nats://one:4222,,nats://two:4222")]
    public void Unusable_url_is_refused(string url)
    {
        Assert.ThrowsAny<ArgumentException>(() => NatsServerAddress.ParseList(url));
    }

    [Fact]
    public void Refusal_names_the_entry_by_position_without_repeating_it()
    {
        var error = Assert.Throws<ArgumentException>(
            () => NatsServerAddress.ParseList("nats://one:4222,ftp://alice:hunter2@two"));

        Assert.Contains("entry 2", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("alice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Redacted_url_hides_every_credential()
    {
        var redacted = NatsServerAddress.Redact("nats://alice:secret@one:4222,tls://token@two");

        Assert.Equal("nats://***@one:4222,tls://***@two", redacted);
    }

    [Fact]
    public void Options_never_print_credentials()
    {
        var options = new NatsClientOptions { Url = "nats://alice:secret@one", Password = "other" };

        Assert.DoesNotContain("secret", options.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("other", options.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Announced_server_is_reached_like_its_announcer()
    {
        var announcer = new NatsServerAddress("one", 4222, true, "alice", "pw", null);

        var discovered = NatsServerAddress.FromConnectUrl("10.0.0.7:4333", announcer);

        Assert.Equal(announcer with { Host = "10.0.0.7", Port = 4333 }, discovered);
    }
}
