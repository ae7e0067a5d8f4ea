using Microsoft.Extensions.Logging;

namespace Portal.Adapters.Nats.Resilience;

/// <summary>
/// What HTPI requests log. None of these lines carries an exception: during an outage every request fails the same way,
/// and the breaker's "opened"/"closed" lines plus one throttled "unavailable" line per area tell the story.
/// </summary>
internal static partial class HtpiLog
{
    [LoggerMessage(EventId = 4201, Level = LogLevel.Warning,
        Message = "HTPI {Area}: circuit opened for {BreakDuration} after {Outcome}; its requests are refused at once meanwhile")]
    public static partial void CircuitOpened(ILogger logger, string area, TimeSpan breakDuration, string outcome);

    [LoggerMessage(EventId = 4204, Level = LogLevel.Debug,
        Message = "HTPI {Area}: the probe failed ({Outcome}); circuit open for another {BreakDuration}")]
    public static partial void ProbeFailed(ILogger logger, string area, TimeSpan breakDuration, string outcome);

    [LoggerMessage(EventId = 4202, Level = LogLevel.Information, Message = "HTPI {Area}: circuit closed again")]
    public static partial void CircuitClosed(ILogger logger, string area);

    [LoggerMessage(EventId = 4203, Level = LogLevel.Warning,
        Message = "HTPI {Area} is unavailable: {Reason} (failed requests since this area's previous such line: {Failures})")]
    public static partial void Unavailable(ILogger logger, string area, string reason, long failures);

    /// <summary>Names only the kind of failure: the answer itself may hold patient data, an SSN, another tenant's records.</summary>
    [LoggerMessage(EventId = 4205, Level = LogLevel.Warning,
        Message = "HTPI {Area} is unavailable: malformed answer, the latest {Failure} (unreadable answers since this area's previous such line: {Answers})")]
    public static partial void MalformedAnswers(ILogger logger, string area, string failure, long answers);
}
