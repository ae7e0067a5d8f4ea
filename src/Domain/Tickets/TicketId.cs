using Portal.Domain.Common;

namespace Portal.Domain.Tickets;

public sealed record TicketId
{
    public TicketId(string value) => Value = Identifier.Require(value, nameof(TicketId));

    public string Value { get; }

    public override string ToString() => Value;
}
