using Portal.Application.Common.Validation;
using Portal.Domain.Billing;

namespace Portal.Application.Billing;

/// <summary>The billing codes requests carry, as Web puts them in URLs.</summary>
public static class BillingCodes
{
    public static CodeMap<InvoiceStatus> InvoiceStatuses { get; } = new(
        ("draft", InvoiceStatus.Draft),
        ("issued", InvoiceStatus.Issued),
        ("paid", InvoiceStatus.Paid),
        ("overdue", InvoiceStatus.Overdue),
        ("cancelled", InvoiceStatus.Cancelled),
        ("refunded", InvoiceStatus.Refunded));
}
