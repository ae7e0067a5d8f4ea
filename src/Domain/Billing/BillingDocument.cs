namespace Portal.Domain.Billing;

/// <summary>One row of the customer's billing documents: an invoice or a proforma, as their own lists show them.</summary>
public sealed record BillingDocument
{
    private BillingDocument(InvoiceSummary? invoice, ProformaSummary? proforma)
    {
        Invoice = invoice;
        Proforma = proforma;
    }

    public BillingDocumentType Type => Invoice is null ? BillingDocumentType.Proforma : BillingDocumentType.Invoice;

    /// <summary>The invoice when <see cref="Type"/> is <see cref="BillingDocumentType.Invoice"/>, else null.</summary>
    public InvoiceSummary? Invoice { get; }

    /// <summary>The proforma when <see cref="Type"/> is <see cref="BillingDocumentType.Proforma"/>, else null.</summary>
    public ProformaSummary? Proforma { get; }

    public static BillingDocument Of(InvoiceSummary invoice)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        return new(invoice, null);
    }

    public static BillingDocument Of(ProformaSummary proforma)
    {
        ArgumentNullException.ThrowIfNull(proforma);
        return new(null, proforma);
    }
}
