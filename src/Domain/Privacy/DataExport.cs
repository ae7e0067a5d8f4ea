namespace Portal.Domain.Privacy;

/// <summary>One request for a copy of the user's data and how far it got; the details are null when the Platform did not say.</summary>
public sealed record DataExport
{
    public DataExport(string id, DataExportStatus status)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Id = id;
        Status = status;
    }

    public string Id { get; }

    public DataExportStatus Status { get; }

    public DateTimeOffset? RequestedAt { get; init; }

    public DateTimeOffset? CompletedAt { get; init; }

    /// <summary>When the prepared copy stops being available.</summary>
    public DateTimeOffset? ExpiresAt { get; init; }

    public long? FileSize { get; init; }

    public int? RecordCount { get; init; }
}
