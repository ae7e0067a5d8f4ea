using Portal.Domain.Common;

namespace Portal.Domain.Tickets;

public sealed record TicketCommentId
{
    public TicketCommentId(string value) => Value = Identifier.Require(value, nameof(TicketCommentId));

    public string Value { get; }

    public override string ToString() => Value;
}
