using Portal.Domain.Common;

namespace Portal.Domain.Encounters;

public sealed record EncounterId
{
    public EncounterId(string value) => Value = Identifier.Require(value, nameof(EncounterId));

    public string Value { get; }

    public override string ToString() => Value;
}
