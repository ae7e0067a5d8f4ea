using Microsoft.Extensions.Configuration;

namespace Portal.Adapters.Nats.Resilience;

/// <summary>
/// How HTPI requests protect a page from a hung or missing service: their own timeouts, shorter than
/// <c>NATS_REQUEST_TIMEOUT</c> (which caps both), and a circuit breaker per HTPI area. Bound from the configuration root,
/// so the environment variables named by the keys set it directly.
/// </summary>
public sealed class HtpiResilienceOptions
{
    public const string SignInTimeoutKey = "NATS_SIGNIN_TIMEOUT";
    public const string DataTimeoutKey = "NATS_DATA_TIMEOUT";
    public const string BreakerMinimumCallsKey = "NATS_BREAKER_MINIMUM_CALLS";
    public const string BreakerFailureRatioKey = "NATS_BREAKER_FAILURE_RATIO";
    public const string BreakerSamplingDurationKey = "NATS_BREAKER_SAMPLING_DURATION";
    public const string BreakerBreakDurationKey = "NATS_BREAKER_BREAK_DURATION";
    public const string FailureLogIntervalKey = "NATS_FAILURE_LOG_INTERVAL";

    /// <summary>
    /// How long the sign-in check (<c>htpi.auth.verify</c>, sent with every page) waits. Short, because every page waits
    /// for it: a verification answers in milliseconds when the service is well.
    /// </summary>
    [ConfigurationKeyName(SignInTimeoutKey)]
    public TimeSpan SignInTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long every other HTPI request waits, login included.</summary>
    [ConfigurationKeyName(DataTimeoutKey)]
    public TimeSpan DataTimeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>How many requests of an area the breaker must have seen within the sampling duration before it may open.</summary>
    [ConfigurationKeyName(BreakerMinimumCallsKey)]
    public int BreakerMinimumCalls { get; set; } = 5;

    /// <summary>The share of failed requests (timeouts, no responders) within the sampling duration that opens the breaker.</summary>
    [ConfigurationKeyName(BreakerFailureRatioKey)]
    public double BreakerFailureRatio { get; set; } = 0.5;

    /// <summary>
    /// The window the failure ratio is taken over. No longer than the timeouts: when a service hangs, its area's traffic
    /// drops to the requests in flight, and a longer window would still hold the successes from before the hang, keeping
    /// the ratio low until they age out.
    /// </summary>
    [ConfigurationKeyName(BreakerSamplingDurationKey)]
    public TimeSpan BreakerSamplingDuration { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long an open breaker refuses at once before it lets one request through to probe the service.</summary>
    [ConfigurationKeyName(BreakerBreakDurationKey)]
    public TimeSpan BreakerBreakDuration { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>At most one "area unavailable" log line per area per interval, however many requests fail.</summary>
    [ConfigurationKeyName(FailureLogIntervalKey)]
    public TimeSpan FailureLogInterval { get; set; } = TimeSpan.FromSeconds(10);
}
