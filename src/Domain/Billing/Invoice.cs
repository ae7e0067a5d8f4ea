using Portal.Domain.Common;

namespace Portal.Domain.Billing;

/// <summary>An invoice with its lines, as its detail page shows it. Every amount is in the invoice's currency.</summary>
public sealed record Invoice
{
    public Invoice(
        InvoiceSummary summary,
        Money subtotal,
        Money tax,
        DateTimeOffset? issuedAt,
        DateTimeOffset? paidAt,
        IReadOnlyList<InvoiceLine> lines,
        BillTo? billTo)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var currency = summary.Total.Currency;
        Summary = summary;
        Subtotal = MoneyRules.RequireCurrency(subtotal, currency, nameof(subtotal));
        Tax = MoneyRules.RequireCurrency(tax, currency, nameof(tax));
        IssuedAt = issuedAt;
        PaidAt = paidAt;
        Lines = MoneyRules.RequireLines(lines, currency, nameof(lines));
        BillTo = billTo;
    }

    public InvoiceSummary Summary { get; }

    public InvoiceNumber Number => Summary.Number;

    public string Currency => Summary.Total.Currency;

    /// <summary>The total before tax.</summary>
    public Money Subtotal { get; }

    public Money Tax { get; }

    /// <summary>When the invoice stopped being a draft; null while it is one.</summary>
    public DateTimeOffset? IssuedAt { get; }

    /// <summary>When it was paid in full; null until then.</summary>
    public DateTimeOffset? PaidAt { get; }

    public IReadOnlyList<InvoiceLine> Lines { get; }

    /// <summary>The addressee; a draft may not have one yet.</summary>
    public BillTo? BillTo { get; }
}
