using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Adapters.Nats.Requests;

namespace Portal.Adapters.Nats.Resilience;

/// <summary>
/// Logs a failed HTPI request at most once per area per <see cref="HtpiResilienceOptions.FailureLogInterval"/>, counting
/// the failures it did not log, so an outage under load writes a few lines instead of one per request.
/// </summary>
internal sealed class HtpiFailureLog
{
    private readonly Dictionary<HtpiArea, AreaFailures> areas = HtpiArea.All.ToDictionary(area => area, _ => new AreaFailures());
    private readonly TimeSpan interval;
    private readonly TimeProvider time;
    private readonly ILogger<HtpiFailureLog> logger;

    public HtpiFailureLog(IOptions<HtpiResilienceOptions> options, TimeProvider time, ILogger<HtpiFailureLog> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        interval = options.Value.FailureLogInterval;
        this.time = time;
        this.logger = logger;
    }

    public void Failed(HtpiArea area, string reason)
    {
        var failures = areas[area];
        long count;
        lock (failures)
        {
            failures.Unlogged++;
            var now = time.GetUtcNow();
            if (failures.LastLogged is { } last && now - last < interval)
            {
                return;
            }

            failures.LastLogged = now;
            count = failures.Unlogged;
            failures.Unlogged = 0;
        }

        HtpiLog.Unavailable(logger, area.Name, reason, count);
    }

    private sealed class AreaFailures
    {
        public DateTimeOffset? LastLogged { get; set; }

        public long Unlogged { get; set; }
    }
}
