namespace Portal.Domain.Billing;

/// <summary>What a line bills for. <see cref="Unknown"/> is a kind the Platform added later (or did not send).</summary>
public enum InvoiceLineKind
{
    Unknown = 0,
    Service,
    Setup,
    Credit,
    Discount,
    Refund,
    Misc,
}
