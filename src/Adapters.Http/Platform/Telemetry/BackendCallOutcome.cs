namespace Portal.Adapters.Http.Platform.Telemetry;

/// <summary>The <c>outcome</c> tag of a backend call: a few fixed words, so a metric keeps few series (the HTPI adapter uses the same).</summary>
internal static class BackendCallOutcome
{
    public const string Success = "success";

    /// <summary>The Platform answered with a refusal (4xx, <c>success: false</c>): an answer, not a fault.</summary>
    public const string Refused = "refused";

    /// <summary>429: Portal asked too often.</summary>
    public const string Busy = "busy";

    /// <summary>Timed out, unreachable, 5xx, a web page or an answer that could not be read.</summary>
    public const string Unavailable = "unavailable";

    public const string CircuitOpen = "circuit_open";

    public const string Cancelled = "cancelled";
}
