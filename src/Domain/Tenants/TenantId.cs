using Portal.Domain.Common;

namespace Portal.Domain.Tenants;

public sealed record TenantId
{
    public TenantId(string value) => Value = Identifier.Require(value, nameof(TenantId));

    public string Value { get; }

    public override string ToString() => Value;
}
