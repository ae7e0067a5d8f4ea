using Portal.Domain.Common;

namespace Portal.Domain.Claims;

public sealed record ClaimId
{
    public ClaimId(string value) => Value = Identifier.Require(value, nameof(ClaimId));

    public string Value { get; }

    public override string ToString() => Value;
}
