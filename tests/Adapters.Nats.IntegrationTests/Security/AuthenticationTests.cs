using NATS.Client.Core;
using NATS.NKeys;
using Portal.Adapters.Nats.Configuration;
using Portal.Adapters.Nats.Connection;
using Portal.Adapters.Nats.IntegrationTests.Infrastructure;
using Portal.Adapters.Nats.IntegrationTests.Messaging;
using Portal.Adapters.Nats.IntegrationTests.Support;
using Portal.Adapters.Nats.Messaging;

namespace Portal.Adapters.Nats.IntegrationTests.Security;

/// <summary>
/// User and password or a token in NATS_URL, and an NKey seed file in NATS_NKEY, against a nats-server whose config
/// (written by the test) lists those users; the NKey pair is made by the test with NATS.NKeys.
/// </summary>
public sealed class AuthenticationTests : IAsyncLifetime
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "portal-nats-auth-" + Guid.NewGuid().ToString("N"));
    private readonly KeyPair portalKey = KeyPair.CreatePair(PrefixByte.User);
    private readonly KeyPair strangerKey = KeyPair.CreatePair(PrefixByte.User);
    private NatsServer users = null!;
    private NatsServer tokens = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(directory);
        users = await NatsServer.StartAsync($$"""
            authorization {
              users = [
                { user: "portal", password: "pw" }
                { user: "peer", password: "peer-pw" }
                { nkey: "{{portalKey.GetPublicKey()}}" }
              ]
            }
            """);
        tokens = await NatsServer.StartAsync("authorization { token: \"s3cret\" }");
    }

    public async Task DisposeAsync()
    {
        await users.DisposeAsync();
        await tokens.DisposeAsync();
        portalKey.Dispose();
        strangerKey.Dispose();
        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public async Task User_and_password_in_the_url_are_accepted()
    {
        await AssertRequestsWorkAsync(users, $"nats://portal:pw@127.0.0.1:{users.Port}", peer: new NatsAuthOpts { Username = "peer", Password = "peer-pw" });
    }

    [Fact]
    public async Task A_token_in_the_url_is_accepted()
    {
        await AssertRequestsWorkAsync(tokens, $"nats://s3cret@127.0.0.1:{tokens.Port}", peer: new NatsAuthOpts { Token = "s3cret" });
    }

    [Fact]
    public async Task An_nkey_seed_file_is_accepted()
    {
        var seedFile = await WriteSeedAsync(portalKey);

        await AssertRequestsWorkAsync(
            users, users.Url, peer: new NatsAuthOpts { Username = "peer", Password = "peer-pw" }, new() { [NatsAdapterOptions.NKeyKey] = seedFile });
    }

    [Theory]
    [InlineData("wrong password")]
    [InlineData("wrong token")]
    [InlineData("unknown nkey")]
    [InlineData("no credentials")]
    public async Task Refused_credentials_stop_the_start(string case_)
    {
        var (url, settings) = case_ switch
        {
            "wrong password" => ($"nats://portal:nope@127.0.0.1:{users.Port}", new Dictionary<string, string>()),
            "wrong token" => ($"nats://nope@127.0.0.1:{tokens.Port}", new Dictionary<string, string>()),
            "unknown nkey" => (users.Url, new Dictionary<string, string> { [NatsAdapterOptions.NKeyKey] = await WriteSeedAsync(strangerKey) }),
            _ => (users.Url, new Dictionary<string, string>()),
        };

        var error = await Assert.ThrowsAsync<NatsUnreachableException>(() => PortalOnNats.StartAsync(url, TimeSpan.FromSeconds(5), settings).WaitAsync(TestBus.Guard));

        Assert.DoesNotContain("nope", error.Message, StringComparison.Ordinal);
    }

    private async Task<string> WriteSeedAsync(KeyPair key)
    {
        var file = Path.Combine(directory, Guid.NewGuid().ToString("N") + ".nk");
        await File.WriteAllTextAsync(file, key.GetSeed() + "\n");
        return file;
    }

    private static async Task AssertRequestsWorkAsync(NatsServer server, string url, NatsAuthOpts peer, Dictionary<string, string>? settings = null)
    {
        await using var service = new NatsConnection(TestBus.Options(server.Url) with { AuthOpts = peer });
        using var stop = new CancellationTokenSource();
        var responder = await TestBus.StartEchoAsync(service, "svc.auth", stop.Token);
        await using var portal = await PortalOnNats.StartAsync(url, TimeSpan.FromSeconds(5), settings);

        var reply = await portal.Get<IMessageBus>().RequestAsync("svc.auth", "portal.auth.r1", TestBus.Bytes("signed in"), TestBus.Guard, CancellationToken.None);

        Assert.Equal("signed in", TestBus.Text(reply.Payload));
        await stop.CancelAsync();
        await responder.WaitAsync(TestBus.Guard);
    }
}
