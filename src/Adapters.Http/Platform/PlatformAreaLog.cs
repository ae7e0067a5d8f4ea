using Microsoft.Extensions.Logging;

namespace Portal.Adapters.Http.Platform;

/// <summary>
/// One Platform area's log. During an outage every request fails the same way, so each kind of line that can repeat per
/// request (unavailable, refused by the open circuit, retrying, signature refused, a web page, rate-limited) is written at most once per interval
/// and says how many it held back; only the line that is written carries the exception, and a refusal by the open
/// circuit never does (the "circuit opened" and "closed" lines tell that story).
/// </summary>
internal sealed class PlatformAreaLog
{
    private readonly string area;
    private readonly ILogger logger;
    private readonly RepeatedLogGate unavailable;
    private readonly RepeatedLogGate refusedWhileOpen;
    private readonly RepeatedLogGate retrying;
    private readonly RepeatedLogGate signatureRefused;
    private readonly RepeatedLogGate webPage;
    private readonly RepeatedLogGate maintenance;
    private readonly RepeatedLogGate busy;

    public PlatformAreaLog(PlatformArea area, ILogger logger, TimeProvider time, TimeSpan interval)
    {
        ArgumentNullException.ThrowIfNull(area);
        this.area = area.Name;
        this.logger = logger;
        unavailable = new RepeatedLogGate(time, interval);
        refusedWhileOpen = new RepeatedLogGate(time, interval);
        retrying = new RepeatedLogGate(time, interval);
        signatureRefused = new RepeatedLogGate(time, interval);
        webPage = new RepeatedLogGate(time, interval);
        maintenance = new RepeatedLogGate(time, interval);
        busy = new RepeatedLogGate(time, interval);
    }

    public void Unavailable(string endpoint, string reason, Exception? exception)
    {
        if (logger.IsEnabled(LogLevel.Warning) && unavailable.TryPass(out var heldBack))
        {
            PlatformLog.Unavailable(logger, area, endpoint, reason, heldBack, exception);
        }
    }

    public void RefusedWhileOpen(string endpoint)
    {
        if (logger.IsEnabled(LogLevel.Warning) && refusedWhileOpen.TryPass(out var heldBack))
        {
            PlatformLog.RefusedWhileOpen(logger, area, endpoint, heldBack);
        }
    }

    public void Retrying(int attempt, string outcome, TimeSpan delay)
    {
        if (logger.IsEnabled(LogLevel.Warning) && retrying.TryPass(out var heldBack))
        {
            PlatformLog.Retrying(logger, area, attempt, outcome, delay, heldBack);
        }
    }

    public void SignatureRefused(string endpoint)
    {
        if (logger.IsEnabled(LogLevel.Error) && signatureRefused.TryPass(out var heldBack))
        {
            PlatformLog.SignatureRefused(logger, area, endpoint, heldBack);
        }
    }

    public void WebPage(int status, string endpoint)
    {
        if (logger.IsEnabled(LogLevel.Error) && webPage.TryPass(out var heldBack))
        {
            PlatformLog.WebPage(logger, area, status, endpoint, heldBack);
        }
    }

    public void Maintenance(string endpoint)
    {
        if (logger.IsEnabled(LogLevel.Warning) && maintenance.TryPass(out var heldBack))
        {
            PlatformLog.Maintenance(logger, area, endpoint, heldBack);
        }
    }

    public void Busy(string endpoint, TimeSpan retryAfter)
    {
        if (logger.IsEnabled(LogLevel.Warning) && busy.TryPass(out var heldBack))
        {
            PlatformLog.Busy(logger, area, endpoint, retryAfter, heldBack);
        }
    }

    public void SignInRefused(int status) => PlatformLog.SignInRefused(logger, status);

    public void CircuitOpened(TimeSpan breakDuration, string outcome) => PlatformLog.CircuitOpened(logger, area, breakDuration, outcome);

    public void CircuitClosed() => PlatformLog.CircuitClosed(logger, area);
}
