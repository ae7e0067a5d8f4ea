using Portal.Domain.Common;

namespace Portal.Domain.Billing;

/// <summary>One line of an invoice or proforma.</summary>
public sealed record InvoiceLine
{
    /// <summary>100 % in basis points; a tax rate above it is a data error.</summary>
    public const int MaxTaxRateBasisPoints = 10_000;

    public InvoiceLine(string? description, decimal quantity, Money unitPrice, int taxRateBasisPoints, Money lineTotal)
    {
        if (description is not null && string.IsNullOrWhiteSpace(description))
        {
            throw new ArgumentException("A line's description is either absent or not blank.", nameof(description));
        }

        ArgumentNullException.ThrowIfNull(unitPrice);
        ArgumentOutOfRangeException.ThrowIfNegative(taxRateBasisPoints);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(taxRateBasisPoints, MaxTaxRateBasisPoints);
        Description = description;
        Quantity = quantity;
        UnitPrice = unitPrice;
        TaxRateBasisPoints = taxRateBasisPoints;
        LineTotal = MoneyRules.RequireCurrency(lineTotal, unitPrice.Currency, nameof(lineTotal));
    }

    /// <summary>What the line is for; null when the backend gave no description (its kind, domain and period may still say).</summary>
    public string? Description { get; }

    /// <summary>
    /// How many units; fractional for things billed by the hour or the gigabyte (1.5 hours), and taken as the Platform
    /// sends it, whose credit and refund lines may count negatively.
    /// </summary>
    public decimal Quantity { get; }

    public Money UnitPrice { get; }

    /// <summary>The tax rate in basis points: 1 900 is 19 %, 2 100 is 21 %.</summary>
    public int TaxRateBasisPoints { get; }

    /// <summary>The line's total as the Platform computed it (its rounding rules are its own, so it is not recomputed here).</summary>
    public Money LineTotal { get; }

    public InvoiceLineKind Kind { get; init; }

    /// <summary>The Platform's kind as it came, shown as it is when <see cref="Kind"/> is unknown; null when it sent none.</summary>
    public string? KindCode { get; init; }

    /// <summary>The first and last day the line bills for, when it bills for a period.</summary>
    public DateOnly? PeriodStart { get; init; }

    public DateOnly? PeriodEnd { get; init; }

    /// <summary>The domain a line is for (a registration, a hosting plan's domain), when it names one.</summary>
    public string? DomainName { get; init; }
}
