using Microsoft.Extensions.Logging;

namespace Portal.Adapters.Http.Platform;

/// <summary>
/// What the Platform adapter logs. Nothing here carries the secret, a token, a password or a request body. The lines that
/// can repeat on every request are written through <see cref="PlatformAreaLog"/>, at most once per area and interval.
/// </summary>
internal static partial class PlatformLog
{
    [LoggerMessage(EventId = 4101, Level = LogLevel.Warning,
        Message = "Platform {Area}: attempt {Attempt} after {Outcome}, waiting {Delay} before the next ({HeldBack} such lines held back before this one)")]
    public static partial void Retrying(ILogger logger, string area, int attempt, string outcome, TimeSpan delay, int heldBack);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Warning,
        Message = "Platform {Area}: circuit opened for {BreakDuration} after {Outcome}")]
    public static partial void CircuitOpened(ILogger logger, string area, TimeSpan breakDuration, string outcome);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Information, Message = "Platform {Area}: circuit closed again")]
    public static partial void CircuitClosed(ILogger logger, string area);

    [LoggerMessage(EventId = 4104, Level = LogLevel.Error,
        Message = "Platform {Area} refused Portal's signature on {Endpoint} (HTTP 401): PLATFORM_API_SECRET, PORTAL_ID or the clock is wrong ({HeldBack} such lines held back before this one)")]
    public static partial void SignatureRefused(ILogger logger, string area, string endpoint, int heldBack);

    [LoggerMessage(EventId = 4105, Level = LogLevel.Warning,
        Message = "Platform {Area} is unavailable on {Endpoint}: {Reason} ({HeldBack} such lines held back before this one)")]
    public static partial void Unavailable(ILogger logger, string area, string endpoint, string reason, int heldBack, Exception? exception);

    [LoggerMessage(EventId = 4106, Level = LogLevel.Information,
        Message = "Platform accounts refused a sign-in (HTTP {Status}); if every sign-in is refused, check PLATFORM_API_SECRET and PORTAL_ID")]
    public static partial void SignInRefused(ILogger logger, int status);

    [LoggerMessage(EventId = 4107, Level = LogLevel.Warning,
        Message = "Platform {Area}: circuit open, refused a call on {Endpoint} without trying ({HeldBack} refusals held back before this one)")]
    public static partial void RefusedWhileOpen(ILogger logger, string area, string endpoint, int heldBack);

    [LoggerMessage(EventId = 4108, Level = LogLevel.Error,
        Message = "Platform {Area}: the Platform answered with a web page — check PLATFORM_API_URL (HTTP {Status} on {Endpoint}; {HeldBack} such lines held back before this one)")]
    public static partial void WebPage(ILogger logger, string area, int status, string endpoint, int heldBack);

    [LoggerMessage(EventId = 4110, Level = LogLevel.Warning,
        Message = "Platform {Area} is in maintenance (HTTP 503 with a web page on {Endpoint}); its pages say it is unavailable until it is back ({HeldBack} such lines held back before this one)")]
    public static partial void Maintenance(ILogger logger, string area, string endpoint, int heldBack);

    [LoggerMessage(EventId = 4109, Level = LogLevel.Warning,
        Message = "Platform {Area} is rate-limiting this portal id (HTTP 429 on {Endpoint}), asked to wait {RetryAfter}; its limits are shared by all of the portal's users ({HeldBack} such lines held back before this one)")]
    public static partial void Busy(ILogger logger, string area, string endpoint, TimeSpan retryAfter, int heldBack);
}
