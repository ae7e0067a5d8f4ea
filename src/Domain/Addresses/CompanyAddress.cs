namespace Portal.Domain.Addresses;

/// <summary>
/// One of the customer's addresses (platform-api.md §5 <c>Address</c>). At most one address is primary and at most one
/// is the billing address: setting either flag on one clears it on the others.
/// </summary>
public sealed record CompanyAddress(long Id, AddressLines Lines, bool IsPrimary, bool IsBilling, bool IsCurrent);
