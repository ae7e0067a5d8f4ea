namespace Portal.Domain.Tickets;

/// <summary>
/// One public reply on a ticket, from the customer's side or from support staff. The Platform names the author only by
/// name (it keeps no link to a user), and a reply Portal sends is stored under the ticket's contact person.
/// </summary>
public sealed record TicketComment
{
    public TicketComment(TicketCommentId? id, string? authorName, bool? isFromStaff, string content, DateTimeOffset? createdAt)
        : this(id, authorName, isFromStaff, content, createdAt, [])
    {
    }

    public TicketComment(
        TicketCommentId? id,
        string? authorName,
        bool? isFromStaff,
        string content,
        DateTimeOffset? createdAt,
        IReadOnlyList<TicketAttachment> attachments)
    {
        if (authorName is not null && string.IsNullOrWhiteSpace(authorName))
        {
            throw new ArgumentException("An author's name is either absent or not blank.", nameof(authorName));
        }

        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(attachments);
        if (attachments.Any(a => a is null))
        {
            throw new ArgumentException("Attachments must not contain null.", nameof(attachments));
        }

        Id = id;
        AuthorName = authorName;
        IsFromStaff = isFromStaff;
        Content = content;
        CreatedAt = createdAt;
        Attachments = attachments;
    }

    /// <summary>The backend's id; null when it is not one Portal could address (nothing addresses a single comment).</summary>
    public TicketCommentId? Id { get; }

    /// <summary>The author's name; null when the backend gave none.</summary>
    public string? AuthorName { get; }

    /// <summary>Whether support staff wrote it, or the customer's side; null when the backend said neither.</summary>
    public bool? IsFromStaff { get; }

    /// <summary>Plain text as the author wrote it; whoever renders it must encode it.</summary>
    public string Content { get; }

    /// <summary>When it was written; null when the backend's time could not be read (the comment is still shown).</summary>
    public DateTimeOffset? CreatedAt { get; }

    /// <summary>The files attached to this comment.</summary>
    public IReadOnlyList<TicketAttachment> Attachments { get; }
}
