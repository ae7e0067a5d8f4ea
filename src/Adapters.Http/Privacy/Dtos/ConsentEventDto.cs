namespace Portal.Adapters.Http.Privacy.Dtos;

/// <summary>One consent log entry; <c>evidence</c> (an object for auditors) is not read.</summary>
internal sealed class ConsentEventDto
{
    public string? Timestamp { get; set; }

    public string? Action { get; set; }

    public string? Description { get; set; }

    public string? Status { get; set; }
}
