namespace Portal.Domain.Tickets;

/// <summary>A support ticket with its description and its public comments, oldest first.</summary>
public sealed record Ticket
{
    public Ticket(TicketSummary summary, string description, IReadOnlyList<TicketComment> comments)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(description);
        ArgumentNullException.ThrowIfNull(comments);
        if (comments.Any(c => c is null))
        {
            throw new ArgumentException("Comments must not contain null.", nameof(comments));
        }

        Summary = summary;
        Description = description;
        Comments = comments;
        CanReply = summary.Status != TicketStatus.Closed;
    }

    public TicketSummary Summary { get; }

    public TicketId Id => Summary.Id;

    /// <summary>Plain text as the customer wrote it; whoever renders it must encode it.</summary>
    public string Description { get; }

    public IReadOnlyList<TicketComment> Comments { get; }

    /// <summary>Every file on the ticket's public conversation; each comment also lists its own.</summary>
    public IReadOnlyList<TicketAttachment> Attachments
    {
        get;
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            if (value.Any(a => a is null))
            {
                throw new ArgumentException("Attachments must not contain null.", nameof(value));
            }

            field = value;
        }
    } = [];

    /// <summary>
    /// The file <paramref name="attachmentId"/> as the public conversation lists it (on the ticket or on one of its
    /// comments); null for any other file, such as one on a staff-only comment.
    /// </summary>
    public TicketAttachment? FindAttachment(string attachmentId) =>
        Attachments.Concat(Comments.SelectMany(comment => comment.Attachments))
            .FirstOrDefault(attachment => string.Equals(attachment.Id, attachmentId, StringComparison.Ordinal));

    /// <summary>Whether the customer may reply; the Platform refuses replies to a closed ticket.</summary>
    public bool CanReply { get; init; }
}
