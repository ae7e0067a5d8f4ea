namespace Portal.Domain.Company;

/// <summary>
/// The customer's company as the Platform keeps it (platform-api.md §5 <c>Customer</c>). Text fields the Platform leaves
/// blank are empty strings; <see cref="TaxProfile"/> and <see cref="BillingProfile"/> are null when the customer has none.
/// </summary>
public sealed record CompanyRecord(
    string DisplayName,
    string CustomerType,
    CompanyDetails Details,
    TaxProfile? TaxProfile,
    BillingProfile? BillingProfile);
