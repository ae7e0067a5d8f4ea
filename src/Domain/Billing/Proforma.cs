using Portal.Domain.Common;

namespace Portal.Domain.Billing;

/// <summary>A proforma with its lines. Every amount is in the proforma's currency.</summary>
public sealed record Proforma
{
    public Proforma(
        ProformaSummary summary,
        Money subtotal,
        Money tax,
        IReadOnlyList<InvoiceLine> lines,
        BillTo? billTo,
        string? notes)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var currency = summary.Total.Currency;
        Summary = summary;
        Subtotal = MoneyRules.RequireCurrency(subtotal, currency, nameof(subtotal));
        Tax = MoneyRules.RequireCurrency(tax, currency, nameof(tax));
        Lines = MoneyRules.RequireLines(lines, currency, nameof(lines));
        BillTo = billTo;
        Notes = string.IsNullOrWhiteSpace(notes) ? null : notes;
    }

    public ProformaSummary Summary { get; }

    public ProformaNumber Number => Summary.Number;

    public string Currency => Summary.Total.Currency;

    public Money Subtotal { get; }

    public Money Tax { get; }

    public IReadOnlyList<InvoiceLine> Lines { get; }

    public BillTo? BillTo { get; }

    /// <summary>Free text the seller added for the customer; null when there is none.</summary>
    public string? Notes { get; }
}
