using Portal.Adapters.Nats.Messaging;
using Portal.Application.Common.Exceptions;

namespace Portal.Adapters.Nats.Requests;

/// <summary>
/// The one place where what NATS or a service says goes wrong becomes an application exception.
/// A refusal (<c>success:false</c> with <c>error</c>) is classified by this rule, first match wins:
/// <list type="number">
/// <item>any refusal of <c>htpi.tenant.verify.access</c> → <see cref="NotFoundException"/> of the tenant, as a no is;</item>
/// <item>any refusal from the auth area (login, verify) → <see cref="NotAuthenticatedException"/>;</item>
/// <item>an error about the token or authentication ("token", "unauthorized", "unauthenticated", "not authenticated",
/// "authentication") → <see cref="NotAuthenticatedException"/>;</item>
/// <item>an error saying "not found", "access denied", "no access", "forbidden" or "not authorized" →
/// <see cref="NotFoundException"/> of the operation's thing: a missing thing and someone else's look the same;</item>
/// <item>anything else → <see cref="RequestRejectedException"/> with the service's error text as its message.</item>
/// </list>
/// </summary>
internal static class HtpiFailures
{
    private const int MaxErrorLength = 300;

    private static readonly string[] AuthenticationWords = ["token", "unauthorized", "unauthenticated", "not authenticated", "authentication"];

    private static readonly string[] NotFoundWords = ["not found", "access denied", "no access", "forbidden", "not authorized"];

    public static BackendUnavailableException FromBus(HtpiArea area, MessageBusException exception) =>
        new(area.Name, ReasonOf(exception), exception);

    /// <summary>What went wrong on the bus, in the words a log line and <see cref="BackendUnavailableException"/> use.</summary>
    public static string ReasonOf(MessageBusException exception) => exception switch
    {
        NoRespondersException => "no responders",
        RequestTimedOutException => "timed out",
        ConnectionLostException => "connection lost",
        _ => "messaging failure",
    };

    /// <summary>The reason a request refused by its area's open circuit breaker reports.</summary>
    public const string CircuitOpenReason = "switched off after repeated failures";

    /// <summary>Refused without being sent: the area's breaker is open. No inner exception, nothing to trace.</summary>
    public static BackendUnavailableException CircuitOpen(HtpiArea area) => new(area.Name, CircuitOpenReason);

    public static BackendUnavailableException MalformedAnswer(HtpiArea area, Exception inner) =>
        new(area.Name, "malformed answer", inner);

    public static PortalException FromRefusal(HtpiOperation operation, string? error)
    {
        // The tenant service answers a check its handler could not make with {hasAccess: false, error: <its exception>}:
        // a no, and never a text to show anyone.
        if (operation == HtpiOperations.VerifyTenantAccess)
        {
            return new NotFoundException(operation.Thing);
        }

        var text = Tidy(error);
        if (operation.Area == HtpiArea.Auth || ContainsAny(text, AuthenticationWords))
        {
            return new NotAuthenticatedException(text ?? "Please sign in again.");
        }

        if (ContainsAny(text, NotFoundWords))
        {
            return new NotFoundException(operation.Thing);
        }

        return new RequestRejectedException(text ?? $"The {operation.Area.Name} service refused the request.");
    }

    private static bool ContainsAny(string? text, string[] words) =>
        text is not null && words.Any(word => text.Contains(word, StringComparison.OrdinalIgnoreCase));

    private static string? Tidy(string? error)
    {
        var trimmed = error?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        return trimmed.Length <= MaxErrorLength ? trimmed : trimmed[..MaxErrorLength] + "…";
    }
}
