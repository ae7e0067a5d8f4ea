namespace Portal.Domain.Dashboard;

/// <summary>Something about a practice that wants the user's attention.</summary>
public sealed record Alert
{
    public Alert(string id, AlertSeverity severity, string title, string message, DateTimeOffset timestamp)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentNullException.ThrowIfNull(message);
        Id = id;
        Severity = severity;
        Title = title;
        Message = message;
        Timestamp = timestamp;
    }

    public string Id { get; }

    public AlertSeverity Severity { get; }

    public string Title { get; }

    /// <summary>Empty when the title says it all.</summary>
    public string Message { get; }

    public DateTimeOffset Timestamp { get; }
}
