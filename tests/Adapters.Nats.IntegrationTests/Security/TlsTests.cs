using NATS.Client.Core;
using Portal.Adapters.Nats.Configuration;
using Portal.Adapters.Nats.Connection;
using Portal.Adapters.Nats.IntegrationTests.Infrastructure;
using Portal.Adapters.Nats.IntegrationTests.Messaging;
using Portal.Adapters.Nats.IntegrationTests.Support;
using Portal.Adapters.Nats.Messaging;

namespace Portal.Adapters.Nats.IntegrationTests.Security;

/// <summary>
/// NATS_TLS_CA, NATS_TLS_CERT and NATS_TLS_KEY against a nats-server that requires TLS and verifies client certificates
/// (<c>verify: true</c>), with a CA and certificates the test makes.
/// </summary>
public sealed class TlsTests : IAsyncLifetime
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "portal-nats-tls-" + Guid.NewGuid().ToString("N"));
    private Certificates certificates = null!;
    private NatsServer server = null!;

    private string TlsUrl => $"tls://127.0.0.1:{server.Port}";

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(directory);
        certificates = await Certificates.CreateAsync(directory);
        server = await NatsServer.StartAsync(
            $"tls {{ cert_file: \"{certificates.ServerCertFile}\", key_file: \"{certificates.ServerKeyFile}\", ca_file: \"{certificates.CaFile}\", verify: true }}");
    }

    public async Task DisposeAsync()
    {
        await server.DisposeAsync();
        Directory.Delete(directory, recursive: true);
    }

    [Theory]
    [InlineData("tls")]
    [InlineData("nats")]
    public async Task Portal_with_the_ca_and_a_client_certificate_requests_over_tls(string scheme)
    {
        await using var service = new NatsConnection(TestBus.Options(TlsUrl) with
        {
            TlsOpts = new NatsTlsOpts { CaFile = certificates.CaFile, CertFile = certificates.ClientCertFile, KeyFile = certificates.ClientKeyFile },
        });
        using var stop = new CancellationTokenSource();
        var responder = await TestBus.StartEchoAsync(service, "svc.tls", stop.Token);

        // A nats:// URL with TLS files set still requires TLS: the certificates say what the operator wants.
        await using var portal = await PortalOnNats.StartAsync($"{scheme}://127.0.0.1:{server.Port}", TimeSpan.FromSeconds(5), new Dictionary<string, string>
        {
            [NatsAdapterOptions.TlsCaKey] = certificates.CaFile,
            [NatsAdapterOptions.TlsCertKey] = certificates.ClientCertFile,
            [NatsAdapterOptions.TlsKeyKey] = certificates.ClientKeyFile,
        });
        var reply = await portal.Get<IMessageBus>().RequestAsync("svc.tls", "portal.tls.r1", TestBus.Bytes("over tls"), TestBus.Guard, CancellationToken.None);

        Assert.Equal("over tls", TestBus.Text(reply.Payload));
        await stop.CancelAsync();
        await responder.WaitAsync(TestBus.Guard);
    }

    [Fact]
    public async Task Without_a_client_certificate_the_server_refuses_portal_and_the_start_fails()
    {
        await Assert.ThrowsAsync<NatsUnreachableException>(() => PortalOnNats.StartAsync(TlsUrl, TimeSpan.FromSeconds(5), new Dictionary<string, string>
        {
            [NatsAdapterOptions.TlsCaKey] = certificates.CaFile,
        }).WaitAsync(TestBus.Guard));
    }

    [Fact]
    public async Task A_server_certificate_the_configured_ca_did_not_sign_is_refused()
    {
        await Assert.ThrowsAsync<NatsUnreachableException>(() => PortalOnNats.StartAsync(TlsUrl, TimeSpan.FromSeconds(5), new Dictionary<string, string>
        {
            [NatsAdapterOptions.TlsCaKey] = certificates.StrangerCaFile,
            [NatsAdapterOptions.TlsCertKey] = certificates.ClientCertFile,
            [NatsAdapterOptions.TlsKeyKey] = certificates.ClientKeyFile,
        }).WaitAsync(TestBus.Guard));
    }
}
