namespace Portal.Demo.Backend.Data;

/// <summary>
/// A Platform invoice (status draft, issued, overdue or paid) or, with <see cref="ValidUntil"/> and <see cref="Notes"/>,
/// a proforma (status draft, sent, accepted or expired). Amounts in the invoice's currency, in cents.
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
    string? Notes = null)
{
    public long SubtotalCents => Lines.Sum(line => line.LineTotalCents);

    public long TaxCents => Lines.Sum(line => line.TaxCents);

    public long TotalCents => SubtotalCents + TaxCents;

    public bool IsOverdue => Status == "overdue";

    public long AmountDueCents => Status is "issued" or "overdue" or "sent" ? TotalCents : 0;

    public bool IsExpired(DateTimeOffset now) => ValidUntil is { } validUntil && validUntil < now;
}
