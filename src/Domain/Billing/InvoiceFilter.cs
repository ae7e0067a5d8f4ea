namespace Portal.Domain.Billing;

/// <summary>Which invoices to list; a null status lists them all.</summary>
public sealed record InvoiceFilter
{
    public InvoiceFilter(InvoiceStatus? status)
    {
        if (status is { } known && (known == InvoiceStatus.Unknown || !Enum.IsDefined(known)))
        {
            throw new ArgumentOutOfRangeException(nameof(status), status, "Only a known invoice status can filter a list.");
        }

        Status = status;
    }

    public InvoiceStatus? Status { get; }

    public static InvoiceFilter All { get; } = new((InvoiceStatus?)null);
}
