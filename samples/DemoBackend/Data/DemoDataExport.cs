namespace Portal.Demo.Backend.Data;

/// <summary>A request for a copy of a user's data (gdpr/data-export/); the copy expires 7 days after the request.</summary>
internal sealed record DemoDataExport(
    Guid Id,
    string Status,
    DateTimeOffset RequestedAt,
    DateTimeOffset? CompletedAt,
    long? FileSize,
    int? RecordCount)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    public DateTimeOffset ExpiresAt => RequestedAt + Lifetime;
}
