using Portal.Adapters.Nats.Telemetry;

namespace Portal.Adapters.Nats.Resilience;

/// <summary>
/// One HTPI area's two throttled failure lines, each with its own interval: its outages (no answer) and its unreadable
/// answers, so that neither kind of fault hides the other's line.
/// </summary>
internal sealed record HtpiAreaLogCounters(RepeatedLogCounter Outages, RepeatedLogCounter MalformedAnswers);
