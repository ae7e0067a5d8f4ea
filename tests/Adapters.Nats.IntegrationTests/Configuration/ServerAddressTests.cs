using Microsoft.Extensions.Logging.Abstractions;
using Portal.Adapters.Nats.Configuration;

namespace Portal.Adapters.Nats.IntegrationTests.Configuration;

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
    public void Settings_map_onto_the_official_clients_options_with_credentials_taken_out_of_the_urls()
    {
        var options = NatsConnectionOptions.From(
            new NatsAdapterOptions
            {
                Url = "one:4223, tls://alice:p%40ss@two, nats://[::1]:4224",
                InstanceId = "web-1",
                TlsCaFile = "/keys/ca.pem",
                TlsCertFile = "/keys/client.pem",
                TlsKeyFile = "/keys/client-key.pem",
            },
            NullLoggerFactory.Instance);

        Assert.Equal("nats://one:4223,tls://two:4222,nats://[::1]:4224", options.Url);
        Assert.Equal("portal-web-1", options.Name);
        Assert.Equal(("alice", "p@ss", null), (options.AuthOpts.Username, options.AuthOpts.Password, options.AuthOpts.Token));
        Assert.Null(options.AuthOpts.CredsFile);
        Assert.Equal(("/keys/ca.pem", "/keys/client.pem", "/keys/client-key.pem"), (options.TlsOpts.CaFile, options.TlsOpts.CertFile, options.TlsOpts.KeyFile));
    }

    [Fact]
    public void A_token_in_the_url_becomes_the_clients_token()
    {
        var options = NatsConnectionOptions.From(new NatsAdapterOptions { Url = "nats://s3cret@one" }, NullLoggerFactory.Instance);

        Assert.Equal(("s3cret", null), (options.AuthOpts.Token, options.AuthOpts.Username));
        Assert.Equal("nats://one:4222", options.Url);
    }
}
