namespace Portal.Domain.Privacy;

/// <summary>Where a request for a copy of the user's data is. <see cref="Unknown"/> stands for a state the Platform added later.</summary>
public enum DataExportStatus
{
    Unknown = 0,
    Pending,
    Processing,
    Completed,
    Failed,
}
