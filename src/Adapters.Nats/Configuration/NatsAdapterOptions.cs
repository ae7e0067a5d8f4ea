using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;

namespace Portal.Adapters.Nats.Configuration;

/// <summary>
/// How Portal reaches NATS. Bound from the configuration root, so the environment variables <c>NATS_URL</c>,
/// <c>NATS_REQUEST_TIMEOUT</c>, <c>NATS_INSTANCE_ID</c>, <c>NATS_CREDS</c>, <c>NATS_NKEY</c>, <c>NATS_TLS_CERT</c>,
/// <c>NATS_TLS_KEY</c> and <c>NATS_TLS_CA</c> set it directly.
/// </summary>
public sealed class NatsAdapterOptions
{
    public const string UrlKey = "NATS_URL";
    public const string RequestTimeoutKey = "NATS_REQUEST_TIMEOUT";
    public const string InstanceIdKey = "NATS_INSTANCE_ID";
    public const string CredsKey = "NATS_CREDS";
    public const string NKeyKey = "NATS_NKEY";
    public const string TlsCertKey = "NATS_TLS_CERT";
    public const string TlsKeyKey = "NATS_TLS_KEY";
    public const string TlsCaKey = "NATS_TLS_CA";

    /// <summary>
    /// One or more server URLs separated by commas, for example <c>nats://nats-1:4222,nats://nats-2:4222</c>; a bare
    /// <c>host:port</c> is <c>nats://</c>. Read by <see cref="NatsServerAddress.TryParseList"/>; credentials in a URL
    /// (<c>user:pass@</c> or <c>token@</c>) are taken from the first entry that has any and used for every server.
    /// </summary>
    [ConfigurationKeyName(UrlKey)]
    [Required(AllowEmptyStrings = false, ErrorMessage = $"{UrlKey} is required: Portal cannot run without NATS. Set it to one or more nats:// URLs separated by commas.")]
    public string Url { get; set; } = string.Empty;

    /// <summary>How long a request waits for its answer before the area counts as unavailable (a TimeSpan, "00:00:05").</summary>
    [ConfigurationKeyName(RequestTimeoutKey)]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// This process's token in answer subjects (<c>customer.&lt;area&gt;.response.&lt;instance&gt;.&lt;sequence&gt;</c>).
    /// Random per process unless configured. Each process's request counter starts at a random number, so processes
    /// configured alike still never wait on the same answer subject.
    /// </summary>
    [ConfigurationKeyName(InstanceIdKey)]
    public string InstanceId { get; set; } = ProcessInstanceId.Value;

    /// <summary>Path of a <c>.creds</c> file (user JWT and NKey seed) for servers in operator (JWT) mode.</summary>
    [ConfigurationKeyName(CredsKey)]
    public string? CredsFile { get; set; }

    /// <summary>Path of a file holding an NKey user seed (<c>SU…</c>), for servers that list NKey users.</summary>
    [ConfigurationKeyName(NKeyKey)]
    public string? NKeyFile { get; set; }

    /// <summary>PEM client certificate for TLS client authentication (with <see cref="TlsKeyFile"/>).</summary>
    [ConfigurationKeyName(TlsCertKey)]
    public string? TlsCertFile { get; set; }

    /// <summary>PEM private key of <see cref="TlsCertFile"/>.</summary>
    [ConfigurationKeyName(TlsKeyKey)]
    public string? TlsKeyFile { get; set; }

    /// <summary>PEM CA certificate(s) the server's certificate must chain to, instead of the system's trust store.</summary>
    [ConfigurationKeyName(TlsCaKey)]
    public string? TlsCaFile { get; set; }
}
