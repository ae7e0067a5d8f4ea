using Portal.Domain.Common;

namespace Portal.Domain.Services;

public sealed record ServiceId
{
    public ServiceId(string value) => Value = Identifier.Require(value, nameof(ServiceId));

    public string Value { get; }

    public override string ToString() => Value;
}
