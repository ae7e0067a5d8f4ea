using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Yarp.ReverseProxy.Forwarder;
using Yarp.ReverseProxy.Transforms;
using Yarp.ReverseProxy.Transforms.Builder;

namespace Portal.Web.StatelessnessTests.Infrastructure;

/// <summary>
/// A load balancer in miniature: YARP on Kestrel terminates HTTPS on a loopback port with a self-signed certificate for
/// <see cref="Host"/> and forwards every request over plain HTTP to Portal, keeping the Host header and setting
/// X-Forwarded-For (the client's address) and X-Forwarded-Proto (https), as a real one does. Its connections to Portal
/// leave from <see cref="SourceAddress"/>, an address of their own, so Portal can trust the proxy and nobody else on
/// loopback.
/// </summary>
public sealed class TlsTerminatingProxy : IAsyncDisposable
{
    public const string Host = "portal.test";

    public static readonly IPAddress SourceAddress = IPAddress.Parse("127.0.0.2");

    private readonly WebApplication app;
    private readonly HttpMessageInvoker toPortal;

    private TlsTerminatingProxy(WebApplication app, HttpMessageInvoker toPortal, X509Certificate2 certificate, int port)
    {
        this.app = app;
        this.toPortal = toPortal;
        Certificate = certificate;
        Address = new Uri($"https://{Host}:{port}");
    }

    /// <summary>The proxy's public address; <see cref="Client"/> reaches it on loopback.</summary>
    public Uri Address { get; }

    public X509Certificate2 Certificate { get; }

    public static async Task<TlsTerminatingProxy> StartAsync(Uri portal, int port)
    {
        var certificate = SelfSigned();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port, listen => listen.UseHttps(certificate)));
        builder.Services.AddHttpForwarder();
        builder.Services.AddReverseProxy();
        var app = builder.Build();

        var toPortal = new HttpMessageInvoker(new SocketsHttpHandler
        {
            UseProxy = false,
            AllowAutoRedirect = false,
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.None,
            ConnectCallback = ConnectFromSourceAddressAsync,
        });
        var transformer = app.Services.GetRequiredService<ITransformBuilder>().Create(transforms =>
        {
            transforms.AddOriginalHost(useOriginal: true);
            transforms.AddXForwardedFor(action: ForwardedTransformActions.Set);
            transforms.AddXForwardedProto(action: ForwardedTransformActions.Set);
        });
        var forwarder = app.Services.GetRequiredService<IHttpForwarder>();
        app.Run(async context =>
        {
            var error = await forwarder.SendAsync(context, portal.ToString(), toPortal, ForwarderRequestConfig.Empty, transformer);
            if (error != ForwarderError.None && !context.Response.HasStarted)
            {
                context.Response.StatusCode = StatusCodes.Status502BadGateway;
            }
        });
        await app.StartAsync();
        return new TlsTerminatingProxy(app, toPortal, certificate, port);
    }

    /// <summary>A client that resolves <see cref="Host"/> to the proxy on loopback and trusts exactly its certificate.</summary>
    public HttpClient Client(CookieContainer cookies) => new(new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        CookieContainer = cookies,
        ConnectCallback = async (context, cancellationToken) =>
        {
            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, context.DnsEndPoint.Port), cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        },
        SslOptions = { RemoteCertificateValidationCallback = (_, presented, _, _) => presented?.GetCertHashString() == Certificate.GetCertHashString() },
    });

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        toPortal.Dispose();
        Certificate.Dispose();
    }

    private static async ValueTask<Stream> ConnectFromSourceAddressAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            socket.Bind(new IPEndPoint(SourceAddress, 0));
            await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private static X509Certificate2 SelfSigned()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=" + Host, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName(Host);
        request.CertificateExtensions.Add(names.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));

        // Kestrel on Linux needs the key in a form it can hand to OpenSSL: a PKCS#12 round trip gives it one.
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pkcs12), password: null);
    }
}
