using System.Net;
using Polly.Timeout;
using Refit;

namespace Portal.Adapters.Http.Platform.Resilience;

/// <summary>
/// How a failed attempt is judged, in one place for the retries, the circuit breakers and the error map. Refit reports a
/// failure before any answer as <see cref="ApiRequestException"/> (wrapping the <see cref="HttpRequestException"/>) and an
/// answer with a failing status as <see cref="ApiException"/>; both are judged as the raw failure and status were.
/// </summary>
internal static class PlatformFailures
{
    /// <summary>
    /// The connection failed: before an answer (refused, reset, DNS), or while the answer's body was being read, which
    /// Refit reports as a deserialization failure of a successful status caused by the <see cref="HttpRequestException"/>
    /// of the broken stream.
    /// </summary>
    public static bool IsConnectionFailure(Exception? exception) => exception switch
    {
        ApiRequestException { InnerException: HttpRequestException } => true,
        ApiException { InnerException: HttpRequestException } answer => IsSuccess(answer.StatusCode),
        _ => false,
    };

    /// <summary>
    /// Worth another try: the Platform or a proxy in front of it said "not now", or the connection failed. Not a 429: its
    /// limits are shared by every user of the portal id, a retry spends the budget that is already spent, and its wait
    /// (up to the rest of a 60 s window) is longer than a page should hang; the user is told when to try again instead.
    /// </summary>
    public static bool IsTransient(Exception? exception) =>
        IsConnectionFailure(exception)
        || exception is ApiException { StatusCode: HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout };

    /// <summary>
    /// A sign the Platform is unwell, counted by the circuit breaker; a 4xx is an answer, not a failure, and a 429 in
    /// particular is the Platform working as configured (Portal asked too often), not a fault to switch it off for.
    /// </summary>
    public static bool CountsAgainstCircuit(Exception? exception) =>
        IsConnectionFailure(exception)
        || exception is TimeoutRejectedException
        || (exception is ApiException answer && (int)answer.StatusCode >= 500);

    /// <summary>What a log line names as the cause: the exception's type or the status, never its text.</summary>
    public static string Describe(Exception? exception) => exception switch
    {
        null => "success",
        ApiException answer when !IsSuccess(answer.StatusCode) => "HTTP " + (int)answer.StatusCode,
        ApiExceptionBase { InnerException: { } cause } => cause.GetType().Name,
        _ => exception.GetType().Name,
    };

    public static bool IsSuccess(HttpStatusCode status) => (int)status is >= 200 and < 300;
}
