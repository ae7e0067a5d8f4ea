using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Portal.Adapters.Nats.IntegrationTests.Security;

/// <summary>
/// A throw-away CA with a server certificate for 127.0.0.1 and a client certificate, all signed by it, written as PEM
/// files into <see cref="Directory"/>.
/// </summary>
internal sealed class Certificates
{
    private Certificates(string directory) => Directory = directory;

    public string Directory { get; }

    public string CaFile => Path.Combine(Directory, "ca.pem");

    public string ServerCertFile => Path.Combine(Directory, "server-cert.pem");

    public string ServerKeyFile => Path.Combine(Directory, "server-key.pem");

    public string ClientCertFile => Path.Combine(Directory, "client-cert.pem");

    public string ClientKeyFile => Path.Combine(Directory, "client-key.pem");

    /// <summary>A self-signed certificate for 127.0.0.1 that no CA here vouches for.</summary>
    public string StrangerCaFile => Path.Combine(Directory, "stranger.pem");

    public static async Task<Certificates> CreateAsync(string directory)
    {
        var certificates = new Certificates(directory);
        var now = DateTimeOffset.UtcNow;
        using var caKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var caRequest = new CertificateRequest("CN=portal-test-ca", caKey, HashAlgorithmName.SHA256);
        caRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        caRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        caRequest.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(caRequest.PublicKey, false));
        using var ca = caRequest.CreateSelfSigned(now.AddMinutes(-5), now.AddDays(1));
        await File.WriteAllTextAsync(certificates.CaFile, ca.ExportCertificatePem());

        await IssueAsync(ca, "CN=127.0.0.1", serverAuth: true, certificates.ServerCertFile, certificates.ServerKeyFile, now);
        await IssueAsync(ca, "CN=portal-client", serverAuth: false, certificates.ClientCertFile, certificates.ClientKeyFile, now);

        using var strangerKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var stranger = new CertificateRequest("CN=stranger", strangerKey, HashAlgorithmName.SHA256).CreateSelfSigned(now.AddMinutes(-5), now.AddDays(1));
        await File.WriteAllTextAsync(certificates.StrangerCaFile, stranger.ExportCertificatePem());
        return certificates;
    }

    private static async Task IssueAsync(X509Certificate2 ca, string subject, bool serverAuth, string certFile, string keyFile, DateTimeOffset now)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
        var usage = new OidCollection { new Oid(serverAuth ? "1.3.6.1.5.5.7.3.1" : "1.3.6.1.5.5.7.3.2") };
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension(usage, false));
        if (serverAuth)
        {
            var names = new SubjectAlternativeNameBuilder();
            names.AddIpAddress(IPAddress.Loopback);
            names.AddDnsName("localhost");
            request.CertificateExtensions.Add(names.Build());
        }

        var serial = RandomNumberGenerator.GetBytes(12);
        using var issued = request.Create(ca, now.AddMinutes(-5), now.AddHours(12), serial);
        await File.WriteAllTextAsync(certFile, issued.ExportCertificatePem());
        await File.WriteAllTextAsync(keyFile, key.ExportPkcs8PrivateKeyPem());
    }
}
