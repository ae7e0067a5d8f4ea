namespace Portal.Domain.Company;

/// <summary>
/// How the customer is billed: payment terms in days (null when the Platform's text is not a number) and the preferred
/// currency code. Read-only in Portal; the Platform offers no endpoint to change it.
/// </summary>
public sealed record BillingProfile(int? PaymentTermDays, string PreferredCurrency);
