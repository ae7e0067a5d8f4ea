using Portal.Domain.Common;

namespace Portal.Domain.Identity;

public sealed record UserId
{
    public UserId(string value) => Value = Identifier.Require(value, nameof(UserId));

    public string Value { get; }

    public override string ToString() => Value;
}
