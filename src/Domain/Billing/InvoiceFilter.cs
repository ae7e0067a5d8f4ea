namespace Portal.Domain.Billing;

/// <summary>Which invoices to list; a null status lists them all.</summary>
public sealed record InvoiceFilter
{
    /// <summary>
    /// The statuses the Platform filters by. It ignores any other value, <see cref="InvoiceStatus.PartiallyRefunded"/>
    /// included, and answers the whole list, which a page would present as filtered: so no other can be asked for.
    /// </summary>
    public static readonly IReadOnlyList<InvoiceStatus> FilterableStatuses =
    [
        InvoiceStatus.Draft,
        InvoiceStatus.Issued,
        InvoiceStatus.Paid,
        InvoiceStatus.Overdue,
        InvoiceStatus.Void,
        InvoiceStatus.Refunded,
    ];

    public InvoiceFilter(InvoiceStatus? status)
    {
        if (status is { } asked && !FilterableStatuses.Contains(asked))
        {
            throw new ArgumentOutOfRangeException(nameof(status), status, "The Platform filters invoices only by draft, issued, paid, overdue, void or refunded.");
        }

        Status = status;
    }

    public InvoiceStatus? Status { get; }

    public static InvoiceFilter All { get; } = new((InvoiceStatus?)null);
}
