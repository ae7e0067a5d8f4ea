namespace Portal.Adapters.Http.Platform.Telemetry;

/// <summary>The <c>outcome</c> tag of a backend call: a few fixed words, so a metric keeps few series (the HTPI adapter uses the same).</summary>
internal static class BackendCallOutcome
{
    public const string Success = "success";

    /// <summary>The Platform answered with a refusal (4xx, <c>success: false</c>): an answer, not a fault.</summary>
    public const string Refused = "refused";

    /// <summary>429: Portal asked too often.</summary>
    public const string Busy = "busy";

    /// <summary>An attempt or the whole call ran out of time.</summary>
    public const string Timeout = "timeout";

    /// <summary>The connection failed, before an answer or while it was read.</summary>
    public const string Unreachable = "unreachable";

    /// <summary>5xx, a web page, a refused signature or an answer that could not be read.</summary>
    public const string Unavailable = "unavailable";

    public const string CircuitOpen = "circuit_open";

    /// <summary>The caller gave up (the browser left).</summary>
    public const string Cancelled = "cancelled";

    /// <summary>Anything else: a fault of Portal's own.</summary>
    public const string Error = "error";
}
