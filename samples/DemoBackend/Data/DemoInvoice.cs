namespace Portal.Demo.Backend.Data;

/// <summary>
/// A Platform invoice (status draft, issued, paid, overdue, void, refunded or partially_refunded) or, with
/// <see cref="ValidUntil"/> and <see cref="Notes"/>, a proforma (status draft, sent, accepted, expired or converted).
/// Amounts in the document's currency, in cents; <see cref="CustomerId"/> is the HTPI tenant id of the customer.
/// </summary>
internal sealed record DemoInvoice(
    int Id,
    string Number,
    string CustomerId,
    string Status,
    string Currency,
    DateTimeOffset CreatedAt,
    DateTimeOffset? IssuedAt,
    DateTimeOffset DueAt,
    DateTimeOffset? PaidAt,
    IReadOnlyList<DemoDocumentLine> Lines,
    DateTimeOffset? ValidUntil = null,
    string? Notes = null,
    long RefundedCents = 0)
{
    public long SubtotalCents => Lines.Sum(line => line.LineTotalCents);

    public long TaxCents => Lines.Sum(line => line.TaxCents);

    public long TotalCents => SubtotalCents + TaxCents;

    /// <summary>As the Platform computes it: only an <c>issued</c> invoice past its due date (an <c>overdue</c> one is not).</summary>
    public bool IsOverdue(DateTimeOffset now) => Status == "issued" && DueAt < now;

    /// <summary>The total minus the net collected payments: 0 when paid, the refund when partly refunded, else the total.</summary>
    public long AmountDueCents => Status switch
    {
        "paid" => 0,
        "partially_refunded" => RefundedCents,
        _ => TotalCents,
    };

    public bool IsExpired(DateTimeOffset now) => ValidUntil is { } validUntil && validUntil < now;
}
