using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;
using Portal.Adapters.Http.Platform.Telemetry;
using Refit;

namespace Portal.Adapters.Http.Platform.Resilience;

/// <summary>
/// One resilience pipeline and one log per <see cref="PlatformArea"/>, built once, so each area has its own circuit
/// breaker. Outermost first: a total timeout over the whole call, retries (reads only, after 502/503/504 or a connection
/// failure, honouring a <c>Retry-After</c> up to <see cref="PlatformApiOptions.MaxRetryAfter"/> and giving up at once on
/// a longer one; a 429 is never retried, see <see cref="PlatformFailures.IsTransient"/>), the area's circuit breaker (which counts every failed attempt), and a timeout per
/// attempt (<see cref="PlatformApiOptions.AttemptTimeout"/> for reads, <see cref="PlatformApiOptions.WriteTimeout"/> for
/// writes). Failures arrive as Refit's exceptions and are judged by <see cref="PlatformFailures"/>.
/// <para>Typed by the answer as an <see cref="object"/>: Polly runs an untyped pipeline's strategies through bridges that
/// convert every outcome, which cost more than the one cast of a typed pipeline's answer.</para>
/// </summary>
internal sealed class PlatformResiliencePipelines
{
    private readonly Dictionary<PlatformArea, ResiliencePipeline<object>> pipelines;
    private readonly Dictionary<PlatformArea, PlatformAreaLog> logs;

    public PlatformResiliencePipelines(
        IOptions<PlatformApiOptions> options, TimeProvider time, ILogger<PlatformResiliencePipelines> logger, IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;
        logs = PlatformArea.All.ToDictionary(area => area, area => new PlatformAreaLog(area, logger, time, settings.OutageLogInterval));
        var breakers = PlatformArea.All.ToDictionary(area => area, _ => new CircuitBreakerStateProvider());
        pipelines = PlatformArea.All.ToDictionary(area => area, area => Build(area, settings, time, logs[area], breakers[area]));
        Metrics = new PlatformMetrics(meters, breakers);
    }

    /// <summary>The calls' durations and outcomes, and the breakers' states, by area.</summary>
    public PlatformMetrics Metrics { get; }

    public ResiliencePipeline<object> For(PlatformArea area) => pipelines[area];

    public PlatformAreaLog LogFor(PlatformArea area) => logs[area];

    private static ResiliencePipeline<object> Build(
        PlatformArea area, PlatformApiOptions options, TimeProvider time, PlatformAreaLog log, CircuitBreakerStateProvider breaker)
    {
        var builder = new ResiliencePipelineBuilder<object>
        {
            Name = "platform-" + area.Name,
            TimeProvider = time,
        };

        builder.AddTimeout(options.TotalTimeout);

        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<object>
            {
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                // A wait longer than the cap (maintenance asks for 600 s) is not worth holding the page for: answer now.
                ShouldHandle = args => ValueTask.FromResult(
                    IsRead(args.Context)
                    && PlatformFailures.IsTransient(args.Outcome.Exception)
                    && !(RetryAfterDelay.Asked((args.Outcome.Exception as ApiException)?.Headers.RetryAfter, time.GetUtcNow()) > options.MaxRetryAfter)),
                DelayGenerator = args => ValueTask.FromResult(
                    RetryAfterDelay.From((args.Outcome.Exception as ApiException)?.Headers.RetryAfter, time.GetUtcNow(), options.MaxRetryAfter)),
                OnRetry = args =>
                {
                    log.Retrying(args.AttemptNumber + 1, PlatformFailures.Describe(args.Outcome.Exception), args.RetryDelay);
                    return default;
                },
            });
        }

        builder.AddCircuitBreaker(new CircuitBreakerStrategyOptions<object>
        {
            FailureRatio = options.BreakerFailureRatio,
            MinimumThroughput = options.BreakerMinimumCalls,
            SamplingDuration = options.BreakerSamplingDuration,
            BreakDuration = options.BreakDuration,
            StateProvider = breaker,
            ShouldHandle = args => ValueTask.FromResult(PlatformFailures.CountsAgainstCircuit(args.Outcome.Exception)),
            OnOpened = args =>
            {
                log.CircuitOpened(args.BreakDuration, PlatformFailures.Describe(args.Outcome.Exception));
                return default;
            },
            OnClosed = _ =>
            {
                log.CircuitClosed();
                return default;
            },
        });

        builder.AddTimeout(new TimeoutStrategyOptions
        {
            TimeoutGenerator = args => ValueTask.FromResult(IsRead(args.Context) ? options.AttemptTimeout : options.WriteTimeout),
        });
        return builder.Build();
    }

    private static bool IsRead(ResilienceContext context) => context.Properties.GetValue(PlatformResilienceKeys.IsRead, false);
}
