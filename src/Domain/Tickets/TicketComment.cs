namespace Portal.Domain.Tickets;

/// <summary>One public reply on a ticket, from the customer's side or from support staff.</summary>
public sealed record TicketComment
{
    public TicketComment(TicketCommentId id, string authorName, bool isFromStaff, string content, DateTimeOffset createdAt)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(authorName);
        ArgumentNullException.ThrowIfNull(content);
        Id = id;
        AuthorName = authorName;
        IsFromStaff = isFromStaff;
        Content = content;
        CreatedAt = createdAt;
    }

    public TicketCommentId Id { get; }

    public string AuthorName { get; }

    public bool IsFromStaff { get; }

    /// <summary>Plain text as the author wrote it; whoever renders it must encode it.</summary>
    public string Content { get; }

    public DateTimeOffset CreatedAt { get; }
}
