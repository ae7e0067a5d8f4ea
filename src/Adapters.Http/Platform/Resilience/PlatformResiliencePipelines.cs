using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace Portal.Adapters.Http.Platform.Resilience;

/// <summary>
/// One resilience pipeline per <see cref="PlatformArea"/>, built once, so each area has its own circuit breaker.
/// Outermost first: a total timeout over the whole call, retries (reads only, after 502/503/504 or a connection failure,
/// honouring <c>Retry-After</c>), the area's circuit breaker (which counts every failed attempt), and a timeout per attempt.
/// </summary>
internal sealed class PlatformResiliencePipelines
{
    private readonly Dictionary<PlatformArea, ResiliencePipeline<HttpResponseMessage>> pipelines;

    public PlatformResiliencePipelines(IOptions<PlatformApiOptions> options, TimeProvider time, ILogger<PlatformResiliencePipelines> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        pipelines = PlatformArea.All.ToDictionary(area => area, area => Build(area, options.Value, time, logger));
    }

    public ResiliencePipeline<HttpResponseMessage> For(PlatformArea area) => pipelines[area];

    private static ResiliencePipeline<HttpResponseMessage> Build(
        PlatformArea area, PlatformApiOptions options, TimeProvider time, ILogger logger)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage>
        {
            Name = "platform-" + area.Name,
            TimeProvider = time,
        };

        builder.AddTimeout(options.TotalTimeout);

        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                ShouldHandle = args => ValueTask.FromResult(
                    args.Context.Properties.GetValue(PlatformResilienceKeys.IsRead, false) && IsTransient(args.Outcome)),
                DelayGenerator = args => ValueTask.FromResult(
                    RetryAfterDelay.From(args.Outcome.Result?.Headers.RetryAfter, time.GetUtcNow(), options.MaxRetryAfter)),
                OnRetry = args =>
                {
                    PlatformLog.Retrying(
                        logger, area.Name, args.AttemptNumber + 1, Describe(args.Outcome), args.RetryDelay);
                    return default;
                },
            });
        }

        builder.AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
        {
            FailureRatio = options.BreakerFailureRatio,
            MinimumThroughput = options.BreakerMinimumCalls,
            SamplingDuration = options.BreakerSamplingDuration,
            BreakDuration = options.BreakDuration,
            ShouldHandle = args => ValueTask.FromResult(IsFailure(args.Outcome)),
            OnOpened = args =>
            {
                PlatformLog.CircuitOpened(logger, area.Name, args.BreakDuration, Describe(args.Outcome));
                return default;
            },
            OnClosed = _ =>
            {
                PlatformLog.CircuitClosed(logger, area.Name);
                return default;
            },
        });

        builder.AddTimeout(options.AttemptTimeout);
        return builder.Build();
    }

    /// <summary>Worth another try: the Platform or a proxy in front of it said "not now", or the connection failed.</summary>
    private static bool IsTransient(Outcome<HttpResponseMessage> outcome) =>
        outcome.Exception is HttpRequestException
        || outcome.Result?.StatusCode is HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    /// <summary>A sign the Platform is unwell, counted by the circuit breaker; a 4xx is an answer, not a failure.</summary>
    private static bool IsFailure(Outcome<HttpResponseMessage> outcome) =>
        outcome.Exception is HttpRequestException or TimeoutRejectedException
        || (outcome.Result is { } response && (int)response.StatusCode >= 500);

    private static string Describe(Outcome<HttpResponseMessage> outcome) =>
        outcome.Exception is { } exception
            ? exception.GetType().Name
            : "HTTP " + (int)(outcome.Result?.StatusCode ?? 0);
}
