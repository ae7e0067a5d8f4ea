using System.Diagnostics;
using NATS.Client.Core;

namespace Portal.Adapters.Nats.Connection;

/// <summary>
/// The W3C trace context (<c>traceparent</c>, <c>tracestate</c>) in NATS message headers, written and read by the
/// process's <see cref="DistributedContextPropagator"/>, so a service's spans join the trace of the page that asked it.
/// </summary>
internal static class TraceHeaders
{
    private static readonly DistributedContextPropagator.PropagatorSetterCallback Setter =
        static (carrier, name, value) => ((NatsHeaders)carrier!)[name] = value;

    private static readonly DistributedContextPropagator.PropagatorGetterCallback Getter =
        static (object? carrier, string name, out string? value, out IEnumerable<string>? values) =>
        {
            values = null;
            value = ((NatsHeaders)carrier!).TryGetValue(name, out var found) ? found.ToString() : null;
        };

    /// <summary>
    /// Headers carrying the current span's context, or none (no allocation, a plain PUB) when no span is current or it
    /// is not recorded: with no tracer listening, ASP.NET Core's own request activity is never recorded.
    /// </summary>
    public static NatsHeaders? OfCurrentSpan()
    {
        if (Activity.Current is not { Recorded: true } current)
        {
            return null;
        }

        var headers = new NatsHeaders();
        DistributedContextPropagator.Current.Inject(current, headers, Setter);
        return headers;
    }

    /// <summary>The sender's span context, or the default context when the message carries none.</summary>
    public static ActivityContext Read(NatsHeaders? headers)
    {
        if (headers is null)
        {
            return default;
        }

        DistributedContextPropagator.Current.ExtractTraceIdAndState(headers, Getter, out var traceParent, out var traceState);
        return ActivityContext.TryParse(traceParent, traceState, isRemote: true, out var context) ? context : default;
    }
}
