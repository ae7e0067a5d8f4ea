namespace Portal.Domain.Billing;

/// <summary>
/// Where a proforma (a quote to be paid before an invoice is issued) is in its life. <see cref="Unknown"/> stands for a
/// state the Platform added later; its code is kept in <see cref="ProformaSummary.StatusCode"/>.
/// </summary>
public enum ProformaStatus
{
    Unknown = 0,
    Draft,
    Sent,
    Accepted,
    Expired,
    Converted,
}
