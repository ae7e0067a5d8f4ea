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
/// NATS_CREDS against a nats-server in operator mode (operator JWT, resolver MEMORY with the account preloaded): the test
/// makes the operator, account and user keys with NATS.NKeys and signs their JWTs itself.
/// </summary>
public sealed class CredsTests : IAsyncLifetime
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "portal-nats-creds-" + Guid.NewGuid().ToString("N"));
    private readonly KeyPair operatorKey = KeyPair.CreatePair(PrefixByte.Operator);
    private readonly KeyPair accountKey = KeyPair.CreatePair(PrefixByte.Account);
    private readonly KeyPair otherAccountKey = KeyPair.CreatePair(PrefixByte.Account);
    private NatsServer server = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(directory);
        var operatorFile = Path.Combine(directory, "operator.jwt");
        await File.WriteAllTextAsync(operatorFile, NatsJwt.Operator(operatorKey));
        server = await NatsServer.StartAsync($$"""
            operator: "{{operatorFile}}"
            resolver: MEMORY
            resolver_preload: {
              {{accountKey.GetPublicKey()}}: "{{NatsJwt.Account(operatorKey, accountKey)}}"
            }
            """);
    }

    public async Task DisposeAsync()
    {
        await server.DisposeAsync();
        operatorKey.Dispose();
        accountKey.Dispose();
        otherAccountKey.Dispose();
        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public async Task A_creds_file_of_a_user_of_a_known_account_is_accepted()
    {
        await using var service = new NatsConnection(TestBus.Options(server.Url) with { AuthOpts = new NatsAuthOpts { CredsFile = await WriteCredsAsync("peer", accountKey) } });
        using var stop = new CancellationTokenSource();
        var responder = await TestBus.StartEchoAsync(service, "svc.creds", stop.Token);
        await using var portal = await PortalOnNats.StartAsync(server.Url, TimeSpan.FromSeconds(5), new Dictionary<string, string>
        {
            [NatsAdapterOptions.CredsKey] = await WriteCredsAsync("portal", accountKey),
        });

        var reply = await portal.Get<IMessageBus>().RequestAsync("svc.creds", "portal.creds.r1", TestBus.Bytes("jwt"), TestBus.Guard, CancellationToken.None);

        Assert.Equal("jwt", TestBus.Text(reply.Payload));
        await stop.CancelAsync();
        await responder.WaitAsync(TestBus.Guard);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Without_good_creds_the_server_refuses_portal_and_the_start_fails(bool signedByAnUnknownAccount)
    {
        var settings = signedByAnUnknownAccount
            ? new Dictionary<string, string> { [NatsAdapterOptions.CredsKey] = await WriteCredsAsync("stranger", otherAccountKey) }
            : new Dictionary<string, string>();

        await Assert.ThrowsAsync<NatsUnreachableException>(() => PortalOnNats.StartAsync(server.Url, TimeSpan.FromSeconds(5), settings).WaitAsync(TestBus.Guard));
    }

    private async Task<string> WriteCredsAsync(string name, KeyPair account)
    {
        using var user = KeyPair.CreatePair(PrefixByte.User);
        var file = Path.Combine(directory, name + ".creds");
        await File.WriteAllTextAsync(file, NatsJwt.Creds(NatsJwt.User(account, user, name), user));
        return file;
    }
}
