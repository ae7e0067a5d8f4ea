namespace Portal.Web.Errors;

/// <summary>What the error page shows: a status, a title and a message that is safe for the user (never internals).</summary>
public sealed record ErrorAnswer(ErrorKind Kind, int StatusCode, string Title, string Message);
