using Portal.Domain.Common;

namespace Portal.Domain.Billing;

/// <summary>A proforma's number as the Platform issues it, for example "PRO-2026-0001".</summary>
public sealed record ProformaNumber
{
    public ProformaNumber(string value) => Value = Identifier.Require(value, nameof(ProformaNumber));

    public string Value { get; }

    public override string ToString() => Value;
}
