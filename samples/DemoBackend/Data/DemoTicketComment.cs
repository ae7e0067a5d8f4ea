namespace Portal.Demo.Backend.Data;

/// <summary>
/// A comment on a ticket. Staff write <c>support</c> comments, customers <c>customer</c> ones; an internal note
/// (<see cref="IsPublic"/> false) is counted by the Platform's list but never shown.
/// </summary>
internal sealed record DemoTicketComment(
    int Id,
    string AuthorName,
    string AuthorEmail,
    string Content,
    bool IsStaff,
    DateTimeOffset CreatedAt,
    bool IsPublic = true,
    IReadOnlyList<DemoTicketAttachment>? Attachments = null)
{
    /// <summary>The comment's files, none when it has no attachments.</summary>
    public IReadOnlyList<DemoTicketAttachment> Files => Attachments ?? [];
}
