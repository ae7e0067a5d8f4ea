using Portal.Adapters.Nats.Messaging;

namespace Portal.Adapters.Nats.Telemetry;

/// <summary>The <c>outcome</c> tag of a backend call: a few fixed words, so a metric keeps few series.</summary>
internal static class BackendCallOutcome
{
    public const string Success = "success";

    /// <summary>The service answered with a refusal (not found, not allowed, rejected): an answer, not a fault.</summary>
    public const string Refused = "refused";

    public const string Malformed = "malformed";

    public const string CircuitOpen = "circuit_open";

    /// <summary>The caller gave up (the browser left).</summary>
    public const string Cancelled = "cancelled";

    /// <summary>Anything else: a fault of Portal's own.</summary>
    public const string Error = "error";

    public static string Of(MessageBusException exception) => exception switch
    {
        NoRespondersException => "no_responders",
        RequestTimedOutException => "timeout",
        ConnectionLostException => "connection_lost",
        PermissionDeniedException => "permission_denied",
        _ => Error,
    };
}
