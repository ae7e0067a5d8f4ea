using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Logging;

namespace Portal.Adapters.Nats.Transport;

/// <summary>Settings of a <see cref="NatsConnection"/>. Credentials in the URL win over the ones set here.</summary>
public sealed class NatsClientOptions
{
    /// <summary>One server or several separated by commas: <c>nats://user:pass@host:4222</c>, <c>tls://token@host</c>.</summary>
    public string Url { get; set; } = "nats://127.0.0.1:4222";

    /// <summary>Client name shown by the server's monitoring.</summary>
    public string Name { get; set; } = "portal";

    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(2);

    public TimeSpan PingInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Unanswered pings after which the connection counts as dead and is replaced.</summary>
    public int MaxPingsOutstanding { get; set; } = 2;

    /// <summary>Wait after the first failed round over the known servers; it doubles each round up to <see cref="ReconnectWaitMax"/>.</summary>
    public TimeSpan ReconnectWait { get; set; } = TimeSpan.FromMilliseconds(250);

    public TimeSpan ReconnectWaitMax { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Random extra wait added to each reconnect wait so that many clients do not reconnect in step.</summary>
    public TimeSpan ReconnectJitter { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Connection attempts after a loss before giving up; -1 retries forever.</summary>
    public int MaxReconnectAttempts { get; set; } = -1;

    /// <summary>
    /// When no server answers at start, return a disconnected connection that keeps trying in the background (requests
    /// fail fast with a connection-lost error meanwhile) instead of throwing.
    /// </summary>
    public bool RetryOnInitialConnect { get; set; }

    /// <summary>Bytes of outgoing protocol kept while disconnected; a publish beyond it fails.</summary>
    public int ReconnectBufferBytes { get; set; } = 8 * 1024 * 1024;

    /// <summary>Messages a subscription holds for a slow reader; further messages are dropped and counted.</summary>
    public int SubscriptionCapacity { get; set; } = 1024;

    /// <summary>Timeout of requests that do not name their own.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(5);

    public string? Username { get; set; }

    public string? Password { get; set; }

    public string? Token { get; set; }

    /// <summary>Validates the server certificate instead of the system trust store.</summary>
    public RemoteCertificateValidationCallback? TlsCertificateValidation { get; set; }

    /// <summary>A CA (or self-signed server certificate) trusted in addition to nothing else for TLS connections.</summary>
    public X509Certificate2? TlsTrustedCertificate { get; set; }

    /// <summary>Host name the server certificate must name; by default the host of the URL.</summary>
    public string? TlsHostName { get; set; }

    public ILogger? Logger { get; set; }

    public override string ToString() => $"NatsClientOptions {{ Name = {Name}, servers = {NatsServerAddress.Redact(Url)} }}";
}
