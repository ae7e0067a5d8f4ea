using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;

namespace Portal.Adapters.Nats.Configuration;

/// <summary>
/// How Portal reaches NATS. Bound from the configuration root, so the environment variables <c>NATS_URL</c>,
/// <c>NATS_REQUEST_TIMEOUT</c> and <c>NATS_INSTANCE_ID</c> set it directly.
/// </summary>
public sealed class NatsAdapterOptions
{
    public const string UrlKey = "NATS_URL";
    public const string RequestTimeoutKey = "NATS_REQUEST_TIMEOUT";
    public const string InstanceIdKey = "NATS_INSTANCE_ID";

    /// <summary>
    /// One or more server URLs separated by commas, for example <c>nats://nats-1:4222,nats://nats-2:4222</c>; a bare
    /// <c>host:port</c> is <c>nats://</c>. Read by the connection's own parser (<c>NatsServerAddress.TryParseList</c>).
    /// </summary>
    [ConfigurationKeyName(UrlKey)]
    [Required(AllowEmptyStrings = false, ErrorMessage = $"{UrlKey} is required: Portal cannot run without NATS. Set it to one or more nats:// URLs separated by commas.")]
    public string Url { get; set; } = string.Empty;

    /// <summary>How long a request waits for its answer before the area counts as unavailable (a TimeSpan, "00:00:05").</summary>
    [ConfigurationKeyName(RequestTimeoutKey)]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// This process's token in answer subjects (<c>customer.&lt;area&gt;.response.&lt;instance&gt;.&lt;sequence&gt;</c>).
    /// Unique per running process unless configured, so instances never receive each other's answers.
    /// </summary>
    [ConfigurationKeyName(InstanceIdKey)]
    public string InstanceId { get; set; } = ProcessInstanceId.Value;
}
