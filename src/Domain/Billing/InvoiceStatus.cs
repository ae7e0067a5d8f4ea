namespace Portal.Domain.Billing;

/// <summary>
/// Where an invoice is in its life, as the Platform names it. <see cref="Unknown"/> stands for a state the Platform added
/// after this code was written; its code is kept in <see cref="InvoiceSummary.StatusCode"/> and shown as it came.
/// </summary>
public enum InvoiceStatus
{
    Unknown = 0,
    Draft,
    Issued,
    Paid,
    Overdue,
    Void,
    Refunded,
    PartiallyRefunded,
}
