namespace Portal.Domain.Billing;

/// <summary>Where a proforma (a quote to be paid before an invoice is issued) is in its life.</summary>
public enum ProformaStatus
{
    Unknown = 0,
    Draft,
    Sent,
    Accepted,
    Converted,
    Expired,
    Cancelled,
}
