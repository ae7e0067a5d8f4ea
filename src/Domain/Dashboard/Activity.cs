namespace Portal.Domain.Dashboard;

/// <summary>One entry of a practice's recent-activity feed.</summary>
public sealed record Activity
{
    public Activity(string id, string type, string description, DateTimeOffset timestamp, string user)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(type);
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        ArgumentNullException.ThrowIfNull(user);
        Id = id;
        Type = type;
        Description = description;
        Timestamp = timestamp;
        User = user;
    }

    /// <summary>The backend's id of the entry; empty when it gives none.</summary>
    public string Id { get; }

    /// <summary>What kind of thing happened as the backend names it (for example "patient_created"); empty when unknown.</summary>
    public string Type { get; }

    public string Description { get; }

    public DateTimeOffset Timestamp { get; }

    /// <summary>Who did it, as the backend names them; empty when unknown.</summary>
    public string User { get; }
}
