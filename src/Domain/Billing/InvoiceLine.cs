using Portal.Domain.Common;

namespace Portal.Domain.Billing;

/// <summary>One line of an invoice or proforma.</summary>
public sealed record InvoiceLine
{
    /// <summary>100 % in basis points; a tax rate above it is a data error.</summary>
    public const int MaxTaxRateBasisPoints = 10_000;

    public InvoiceLine(string description, decimal quantity, Money unitPrice, int taxRateBasisPoints, Money lineTotal)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(quantity);
        ArgumentNullException.ThrowIfNull(unitPrice);
        ArgumentOutOfRangeException.ThrowIfNegative(taxRateBasisPoints);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(taxRateBasisPoints, MaxTaxRateBasisPoints);
        Description = description;
        Quantity = quantity;
        UnitPrice = unitPrice;
        TaxRateBasisPoints = taxRateBasisPoints;
        LineTotal = MoneyRules.RequireCurrency(lineTotal, unitPrice.Currency, nameof(lineTotal));
    }

    public string Description { get; }

    /// <summary>How many units; fractional for things billed by the hour or the gigabyte (1.5 hours).</summary>
    public decimal Quantity { get; }

    public Money UnitPrice { get; }

    /// <summary>The tax rate in basis points: 1 900 is 19 %, 2 100 is 21 %.</summary>
    public int TaxRateBasisPoints { get; }

    /// <summary>The line's total as the Platform computed it (its rounding rules are its own, so it is not recomputed here).</summary>
    public Money LineTotal { get; }
}
