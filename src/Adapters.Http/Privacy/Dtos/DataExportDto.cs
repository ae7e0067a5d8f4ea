namespace Portal.Adapters.Http.Privacy.Dtos;

internal sealed class DataExportDto
{
    public string? Id { get; set; }

    public string? Status { get; set; }

    public string? RequestedAt { get; set; }

    public string? CompletedAt { get; set; }

    public string? ExpiresAt { get; set; }

    public long? FileSize { get; set; }

    public int? RecordCount { get; set; }
}
