using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Portal.Adapters.Http.Platform;

/// <summary>
/// How Portal reaches the Platform API, bound from flat configuration keys (environment variables in production).
/// <see cref="ToString"/> never shows <see cref="Secret"/>.
/// </summary>
public sealed class PlatformApiOptions
{
    public const string BaseUrlKey = "PLATFORM_API_URL";
    public const string SecretKey = "PLATFORM_API_SECRET";
    public const string PortalIdKey = "PORTAL_ID";
    public const string AttemptTimeoutKey = "PLATFORM_API_ATTEMPT_TIMEOUT";
    public const string WriteTimeoutKey = "PLATFORM_API_WRITE_TIMEOUT";
    public const string TotalTimeoutKey = "PLATFORM_API_TOTAL_TIMEOUT";
    public const string MaxRetriesKey = "PLATFORM_API_MAX_RETRIES";
    public const string RetryBaseDelayKey = "PLATFORM_API_RETRY_BASE_DELAY";
    public const string MaxRetryAfterKey = "PLATFORM_API_MAX_RETRY_AFTER";
    public const string BreakerMinimumCallsKey = "PLATFORM_API_BREAKER_MINIMUM_CALLS";
    public const string BreakerFailureRatioKey = "PLATFORM_API_BREAKER_FAILURE_RATIO";
    public const string BreakerSamplingDurationKey = "PLATFORM_API_BREAKER_SAMPLING_DURATION";
    public const string BreakDurationKey = "PLATFORM_API_BREAK_DURATION";
    public const string OutageLogIntervalKey = "PLATFORM_API_OUTAGE_LOG_INTERVAL";
    public const string IdentityTokenLifetimeKey = "PLATFORM_IDENTITY_TOKEN_LIFETIME";
    public const string DefaultCurrencyKey = "PLATFORM_API_DEFAULT_CURRENCY";

    private string? baseUrl;
    private Uri? baseAddress;

    /// <summary>The API's absolute http(s) URL including its base path, for example <c>http://127.0.0.1:8700/api</c>.</summary>
    [ConfigurationKeyName(BaseUrlKey)]
    public string? BaseUrl
    {
        get => baseUrl;
        set
        {
            baseUrl = value;
            baseAddress = null;
        }
    }

    /// <summary>The shared HMAC secret (at least 32 characters). Never logged.</summary>
    [ConfigurationKeyName(SecretKey)]
    public string? Secret { get; set; }

    /// <summary>This portal's id, sent as <c>X-Portal-Id</c> and signed.</summary>
    [ConfigurationKeyName(PortalIdKey)]
    public string? PortalId { get; set; }

    /// <summary>
    /// How long one attempt of a read may take (for a PDF: until its headers arrive). Short, because a hung Platform costs
    /// every page this long until the area's circuit opens, and it opens no sooner than the first attempts time out.
    /// </summary>
    [ConfigurationKeyName(AttemptTimeoutKey)]
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>
    /// How long the one attempt of a write (opening a ticket, replying) may take: longer than a read's, because a write is
    /// never retried and giving up early may hide a ticket the Platform did store. <see cref="TotalTimeout"/> still caps it.
    /// </summary>
    [ConfigurationKeyName(WriteTimeoutKey)]
    public TimeSpan WriteTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long one call may take in all, retries and their waits included (at least <see cref="AttemptTimeout"/>).</summary>
    [ConfigurationKeyName(TotalTimeoutKey)]
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Retries of a read after 502/503/504 or a connection failure; 0 turns retrying off. Writes are never retried.</summary>
    [ConfigurationKeyName(MaxRetriesKey)]
    public int MaxRetries { get; set; } = 2;

    /// <summary>The first back-off of the jittered exponential series, used when the Platform sends no <c>Retry-After</c>.</summary>
    [ConfigurationKeyName(RetryBaseDelayKey)]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>The longest wait a <c>Retry-After</c> header can ask for; longer requests are cut to this.</summary>
    [ConfigurationKeyName(MaxRetryAfterKey)]
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How many calls an area's circuit breaker must have seen in its sampling window before it may open.</summary>
    [ConfigurationKeyName(BreakerMinimumCallsKey)]
    public int BreakerMinimumCalls { get; set; } = 10;

    /// <summary>The share of failed calls in the sampling window that opens an area's circuit (0 &lt; ratio ≤ 1).</summary>
    [ConfigurationKeyName(BreakerFailureRatioKey)]
    public double BreakerFailureRatio { get; set; } = 0.5;

    /// <summary>
    /// The window over which an area's failure ratio is measured. Shorter than <see cref="AttemptTimeout"/>, so that when
    /// a hung Platform's first attempts time out, the successes from before the fault have already left the window and
    /// the circuit opens on that first wave of timeouts.
    /// </summary>
    [ConfigurationKeyName(BreakerSamplingDurationKey)]
    public TimeSpan BreakerSamplingDuration { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// How long an open circuit refuses calls before it lets one through to test the Platform again. Pages are full again
    /// at most this long (plus the probe) after the Platform recovers.
    /// </summary>
    [ConfigurationKeyName(BreakDurationKey)]
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(4);

    /// <summary>
    /// The least time between two log lines of the same kind for an area during an outage (unavailable, refused by the
    /// open circuit, retrying, signature refused); the lines in between are counted, not written.
    /// </summary>
    [ConfigurationKeyName(OutageLogIntervalKey)]
    public TimeSpan OutageLogInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a token issued by the Platform identity backend stays good (it cannot be revoked earlier).</summary>
    [ConfigurationKeyName(IdentityTokenLifetimeKey)]
    public TimeSpan IdentityTokenLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>
    /// The currency of the services area's amounts that name none (a service without <c>currency_code</c>, the plans);
    /// never of billing, whose documents must name their own.
    /// </summary>
    [ConfigurationKeyName(DefaultCurrencyKey)]
    public string DefaultCurrency { get; set; } = "EUR";

    /// <summary>
    /// The base URL with a trailing slash, so that relative endpoint paths keep the base path. Built once, on first use,
    /// and shared by every area's Refit client.
    /// </summary>
    internal Uri BaseAddress => LazyInitializer.EnsureInitialized(
        ref baseAddress,
        () => TryCreateBaseAddress(BaseUrl, out var address)
            ? address
            : throw new InvalidOperationException($"{BaseUrlKey} is not a usable base URL; validation should have stopped the start."));

    /// <summary>
    /// What <see cref="BaseUrl"/> must be, checked by the options validator with this same method: an absolute http(s)
    /// URL without query or fragment. <paramref name="address"/> is it with a trailing slash.
    /// </summary>
    internal static bool TryCreateBaseAddress(string? url, [NotNullWhen(true)] out Uri? address)
    {
        address = null;
        if (!Uri.TryCreate(url, UriKind.Absolute, out var parsed)
            || (parsed.Scheme != Uri.UriSchemeHttp && parsed.Scheme != Uri.UriSchemeHttps)
            || !string.IsNullOrEmpty(parsed.Query) || !string.IsNullOrEmpty(parsed.Fragment))
        {
            return false;
        }

        address = url.EndsWith('/') ? parsed : new Uri(url + "/", UriKind.Absolute);
        return true;
    }

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"PlatformApiOptions(BaseUrl = {BaseUrl}, PortalId = {PortalId}, Secret = ***, AttemptTimeout = {AttemptTimeout}, WriteTimeout = {WriteTimeout}, TotalTimeout = {TotalTimeout}, MaxRetries = {MaxRetries})");
}
