using Portal.Domain.Common;

namespace Portal.Domain.Billing;

/// <summary>An invoice's number as the Platform issues it, for example "INV-2026-0001".</summary>
public sealed record InvoiceNumber
{
    public InvoiceNumber(string value) => Value = Identifier.Require(value, nameof(InvoiceNumber));

    public string Value { get; }

    public override string ToString() => Value;
}
