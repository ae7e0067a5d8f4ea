using Portal.Application.Common.Validation;
using Portal.Domain.Billing;

namespace Portal.Application.Billing;

/// <summary>
/// The billing codes requests carry, as Web puts them in URLs: the invoice statuses the Platform filters by (never
/// partially_refunded, which it ignores and answers unfiltered).
/// </summary>
public static class BillingCodes
{
    public static CodeMap<InvoiceStatus> InvoiceStatuses { get; } = new(
        ("draft", InvoiceStatus.Draft),
        ("issued", InvoiceStatus.Issued),
        ("paid", InvoiceStatus.Paid),
        ("overdue", InvoiceStatus.Overdue),
        ("void", InvoiceStatus.Void),
        ("refunded", InvoiceStatus.Refunded));
}
