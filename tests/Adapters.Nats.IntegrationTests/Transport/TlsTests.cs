using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Portal.Adapters.Nats.IntegrationTests.Infrastructure;
using Portal.Adapters.Nats.Transport;

namespace Portal.Adapters.Nats.IntegrationTests.Transport;

public sealed class TlsTests : IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "portal-nats-tls-" + Guid.NewGuid().ToString("N"));
    private X509Certificate2 _certificate = null!;
    private NatsServer _server = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_directory);
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=portal-nats-test", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        using var selfSigned = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
        var certFile = Path.Combine(_directory, "server-cert.pem");
        var keyFile = Path.Combine(_directory, "server-key.pem");
        await File.WriteAllTextAsync(certFile, selfSigned.ExportCertificatePem());
        await File.WriteAllTextAsync(keyFile, key.ExportPkcs8PrivateKeyPem());
        _certificate = X509CertificateLoader.LoadCertificate(selfSigned.RawData);
        _server = await NatsServer.StartAsync($"tls {{ cert_file: \"{certFile}\", key_file: \"{keyFile}\" }}");
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _certificate.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task Request_reply_over_tls_with_a_trusted_certificate()
    {
        var tlsUrl = $"tls://127.0.0.1:{_server.Port}";
        await using var service = await TestBus.ConnectAsync(tlsUrl, o => o.TlsTrustedCertificate = _certificate);
        await using var portal = await TestBus.ConnectAsync(tlsUrl, o => o.TlsTrustedCertificate = _certificate);
        using var stop = new CancellationTokenSource();
        var responder = await TestBus.StartEchoAsync(service, "secure.echo", stop.Token);

        var reply = await portal.RequestAsync("secure.echo", "portal.tls.r1", TestBus.Bytes("over tls"), TestBus.Guard, CancellationToken.None);

        Assert.Equal("over tls", TestBus.Text(reply.Payload));
        await stop.CancelAsync();
        await responder.WaitAsync(TestBus.Guard);
    }

    [Fact]
    public async Task Plain_url_upgrades_to_tls_when_the_server_requires_it()
    {
        await using var connection = await TestBus.ConnectAsync(_server.Url, o => o.TlsTrustedCertificate = _certificate);

        await connection.FlushAsync(CancellationToken.None).WaitAsync(TestBus.Guard);
    }

    [Fact]
    public async Task Untrusted_certificate_is_refused()
    {
        var error = await Assert.ThrowsAsync<NatsConnectionException>(() => TestBus.ConnectAsync($"tls://127.0.0.1:{_server.Port}"));

        Assert.IsType<System.Security.Authentication.AuthenticationException>(error.InnerException);
    }

    [Fact]
    public async Task Certificate_for_another_host_name_is_refused_even_when_trusted()
    {
        var error = await Assert.ThrowsAsync<NatsConnectionException>(
            () => TestBus.ConnectAsync($"tls://127.0.0.1:{_server.Port}", o => (o.TlsTrustedCertificate, o.TlsHostName) = (_certificate, "other.example")));

        Assert.IsType<System.Security.Authentication.AuthenticationException>(error.InnerException);
    }
}
