using System.Diagnostics;
using System.Diagnostics.Metrics;
using Polly.CircuitBreaker;

namespace Portal.Adapters.Http.Platform.Telemetry;

/// <summary>
/// The Platform adapter's metrics: each call's duration and outcome by area, and each area's circuit breaker state, under
/// the same instrument names as the HTPI adapter's (told apart by the <c>backend</c> tag). An instrument nobody listens
/// to is not enabled and records nothing.
/// </summary>
internal sealed class PlatformMetrics
{
    public const string CallDuration = "portal.backend.call.duration";
    public const string BreakerState = "portal.backend.breaker.state";

    private readonly Histogram<double> callDuration;

    public PlatformMetrics(IMeterFactory meters, IReadOnlyDictionary<PlatformArea, CircuitBreakerStateProvider> breakers)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(PlatformTelemetry.Name);
        callDuration = meter.CreateHistogram<double>(
            CallDuration, unit: "s", description: "How long a backend call took, by backend, area and outcome.");
        meter.CreateObservableGauge(
            BreakerState,
            () => breakers.Select(breaker => new Measurement<int>((int)breaker.Value.CircuitState, AreaTags(breaker.Key))),
            unit: "{state}",
            description: "Each area's circuit breaker: 0 closed, 1 open, 2 half-open, 3 isolated.");
    }

    /// <summary>A client span for a call of <paramref name="endpoint"/>, when a listener asks for one; its tags only then.</summary>
    public static Activity? StartSpan(PlatformArea area, string endpoint)
    {
        if (!PlatformTelemetry.Source.HasListeners())
        {
            return null;
        }

        var activity = PlatformTelemetry.Source.StartActivity("Platform " + endpoint, ActivityKind.Client);
        activity?.SetTag("backend", PlatformTelemetry.Backend).SetTag("area", area.Name).SetTag("endpoint", endpoint);
        return activity;
    }

    /// <summary>Records a call that began at <paramref name="started"/> (a <see cref="Stopwatch"/> timestamp) and tags its span.</summary>
    public void Ended(PlatformArea area, string outcome, long started, Activity? activity)
    {
        if (callDuration.Enabled)
        {
            callDuration.Record(
                Stopwatch.GetElapsedTime(started).TotalSeconds,
                new TagList { { "backend", PlatformTelemetry.Backend }, { "area", area.Name }, { "outcome", outcome } });
        }

        if (activity is not null)
        {
            activity.SetTag("outcome", outcome);
            if (outcome is not (BackendCallOutcome.Success or BackendCallOutcome.Refused))
            {
                activity.SetStatus(ActivityStatusCode.Error, outcome);
            }
        }
    }

    private static TagList AreaTags(PlatformArea area) => new() { { "backend", PlatformTelemetry.Backend }, { "area", area.Name } };
}
