using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Adapters.Nats.Requests;
using Portal.Adapters.Nats.Telemetry;

namespace Portal.Adapters.Nats.Resilience;

/// <summary>
/// Logs a failed HTPI request at most once per area per <see cref="HtpiResilienceOptions.FailureLogInterval"/>, counting
/// the failures it did not log, so an outage under load writes a few lines instead of one per request.
/// </summary>
internal sealed class HtpiFailureLog
{
    private readonly Dictionary<HtpiArea, RepeatedLogCounter> areas;
    private readonly ILogger<HtpiFailureLog> logger;

    public HtpiFailureLog(IOptions<HtpiResilienceOptions> options, TimeProvider time, ILogger<HtpiFailureLog> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        var interval = options.Value.FailureLogInterval;
        areas = HtpiArea.All.ToDictionary(area => area, _ => new RepeatedLogCounter(time, interval));
        this.logger = logger;
    }

    public void Failed(HtpiArea area, string reason)
    {
        if (areas[area].TryPass(out var count))
        {
            HtpiLog.Unavailable(logger, area.Name, reason, count);
        }
    }
}
