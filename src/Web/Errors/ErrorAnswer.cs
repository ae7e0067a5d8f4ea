namespace Portal.Web.Errors;

/// <summary>
/// What the error page shows: a status, a title and a message that is safe for the user (never internals), and for a busy
/// backend how long to wait (sent as <c>Retry-After</c>).
/// </summary>
public sealed record ErrorAnswer(ErrorKind Kind, int StatusCode, string Title, string Message, TimeSpan? RetryAfter = null);
