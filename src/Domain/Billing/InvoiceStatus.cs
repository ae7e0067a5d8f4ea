namespace Portal.Domain.Billing;

/// <summary>Where an invoice is in its life. <see cref="Unknown"/> stands for a state the Platform added after this code was written.</summary>
public enum InvoiceStatus
{
    Unknown = 0,
    Draft,
    Issued,
    Paid,
    Overdue,
    Cancelled,
    Refunded,
}
