using System.Diagnostics;
using System.Diagnostics.Metrics;
using Portal.Adapters.Nats.Connection;
using Portal.Adapters.Nats.Messaging;
using Portal.Adapters.Nats.Requests;
using Portal.Adapters.Nats.Resilience;

namespace Portal.Adapters.Nats.Telemetry;

/// <summary>
/// The HTPI adapter's metrics: each call's duration and outcome by area, each area's circuit breaker state, and the
/// connection's losses, confirmed restorations and dropped messages (observed from the counters the bus keeps anyway).
/// An instrument nobody listens to is not enabled and records nothing.
/// </summary>
internal sealed class HtpiMetrics
{
    public const string CallDuration = "portal.backend.call.duration";
    public const string BreakerState = "portal.backend.breaker.state";
    public const string Disconnects = "portal.nats.disconnects";
    public const string Reconnects = "portal.nats.reconnects";
    public const string DroppedMessages = "portal.nats.messages.dropped";

    private readonly Histogram<double> callDuration;

    /// <param name="bus">The connection's counters are observed when it is Portal's own <see cref="NatsBusHost"/> (not a test's stand-in).</param>
    public HtpiMetrics(IMeterFactory meters, HtpiCircuitBreakers breakers, IMessageBus bus)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(HtpiTelemetry.Name);
        callDuration = meter.CreateHistogram<double>(
            CallDuration, unit: "s", description: "How long a backend call took, by backend, area and outcome.");
        meter.CreateObservableGauge(
            BreakerState,
            () => HtpiArea.All.Select(area => new Measurement<int>((int)breakers.StateOf(area), AreaTags(area))),
            unit: "{state}",
            description: "Each area's circuit breaker: 0 closed, 1 open, 2 half-open, 3 isolated.");
        if (bus is not NatsBusHost connection)
        {
            return;
        }

        meter.CreateObservableCounter(
            Disconnects, () => connection.ConnectionLosses, unit: "{disconnect}", description: "Times the NATS connection dropped.");
        meter.CreateObservableCounter(
            Reconnects, () => connection.Restorations, unit: "{reconnect}", description: "Times the NATS connection came back with every subscription.");
        meter.CreateObservableCounter(
            DroppedMessages, () => connection.DroppedMessages, unit: "{message}", description: "Messages dropped because a subscription's reader fell behind.");
    }

    /// <summary>Records a call that began at <paramref name="started"/> (a <see cref="Stopwatch"/> timestamp) and tags its span.</summary>
    public void Ended(HtpiArea area, string outcome, long started, Activity? activity)
    {
        if (callDuration.Enabled)
        {
            callDuration.Record(
                Stopwatch.GetElapsedTime(started).TotalSeconds,
                new TagList { { "backend", HtpiTelemetry.Backend }, { "area", area.Name }, { "outcome", outcome } });
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

    private static TagList AreaTags(HtpiArea area) => new() { { "backend", HtpiTelemetry.Backend }, { "area", area.Name } };
}
