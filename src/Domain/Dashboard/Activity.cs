namespace Portal.Domain.Dashboard;

/// <summary>One entry of a practice's recent-activity feed.</summary>
public sealed record Activity
{
    public Activity(string id, string type, string description, DateTimeOffset timestamp, string user)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(type);
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        ArgumentNullException.ThrowIfNull(user);
        Id = id;
        Type = type;
        Description = description;
        Timestamp = timestamp;
        User = user;
    }

    public string Id { get; }

    /// <summary>What kind of thing happened as the backend names it (for example "patient_created"); empty when unknown.</summary>
    public string Type { get; }

    public string Description { get; }

    public DateTimeOffset Timestamp { get; }

    /// <summary>Who did it, as the backend names them; empty when unknown.</summary>
    public string User { get; }
}
