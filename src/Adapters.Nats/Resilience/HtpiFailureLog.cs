using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Adapters.Nats.Requests;
using Portal.Adapters.Nats.Telemetry;

namespace Portal.Adapters.Nats.Resilience;

/// <summary>
/// Logs a failed HTPI request at most once per area per <see cref="HtpiResilienceOptions.FailureLogInterval"/>, counting
/// the failures it did not log, so an outage under load writes a few lines instead of one per request. Unreadable
/// answers are counted apart from outages: a service that answers badly is a different fault from one that does not
/// answer, and neither should hide the other's line.
/// </summary>
internal sealed class HtpiFailureLog
{
    /// <summary>Built whole before any request and only read afterwards; each counter takes its own lock.</summary>
    private readonly Dictionary<HtpiArea, HtpiAreaLogCounters> areas;
    private readonly ILogger<HtpiFailureLog> logger;

    public HtpiFailureLog(IOptions<HtpiResilienceOptions> options, TimeProvider time, ILogger<HtpiFailureLog> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        var interval = options.Value.FailureLogInterval;
        areas = HtpiArea.All.ToDictionary(
            area => area,
            _ => new HtpiAreaLogCounters(new RepeatedLogCounter(time, interval), new RepeatedLogCounter(time, interval)));
        this.logger = logger;
    }

    /// <summary>
    /// An answer that could not be read or mapped. Only the kind of <paramref name="failure"/> (its type's name) is
    /// logged, never its message or stack trace: those may quote the answer, and an answer may hold patient data.
    /// </summary>
    public void Malformed(HtpiArea area, Exception failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        if (areas[area].MalformedAnswers.TryPass(out var count))
        {
            HtpiLog.MalformedAnswers(logger, area.Name, failure.GetType().Name, count);
        }
    }

    public void Failed(HtpiArea area, string reason)
    {
        if (areas[area].Outages.TryPass(out var count))
        {
            HtpiLog.Unavailable(logger, area.Name, reason, count);
        }
    }
}
