using System.Globalization;
using Portal.Adapters.Http.Company.Dtos;
using Portal.Adapters.Http.Platform;
using Portal.Domain.Addresses;
using Portal.Domain.Company;

namespace Portal.Adapters.Http.Company;

/// <summary>
/// The company area's answers as Domain records, read tolerantly: a missing text is blank, a missing tax flag is unknown
/// (null), a missing address flag is what the Platform stores by default, a missing profile is null. Only the customer
/// is required; an address without an id it could be changed by is left out.
/// </summary>
internal static class CompanyMapper
{
    public static CompanyRecord ToCompany(CompanyAnswer answer)
    {
        var customer = answer.Customer ?? throw new FormatException("'customer' is missing.");
        var details = new CompanyDetails(
            Text(customer.Name),
            Text(customer.CompanyName),
            Text(customer.PrimaryEmail),
            Text(customer.PrimaryPhone),
            Text(customer.Website),
            Text(customer.Industry));
        var displayName = WireValues.Optional(customer.DisplayName)
            ?? WireValues.Optional(customer.CompanyName) ?? WireValues.Optional(customer.Name) ?? string.Empty;
        return new CompanyRecord(
            displayName,
            Text(customer.CustomerType),
            details,
            customer.TaxProfile is { } tax
                ? new TaxProfile(Text(tax.Cui), Text(tax.VatNumber), Text(tax.RegistrationNumber), tax.IsVatPayer, tax.ReverseChargeEligible)
                : null,
            customer.BillingProfile is { } billing
                ? new BillingProfile(Days(billing.PaymentTerms), Text(billing.PreferredCurrency).ToUpperInvariant())
                : null);
    }

    public static IReadOnlyList<CompanyAddress> ToAddresses(CompanyAnswer answer) =>
        PageMapping.NumberedItems(answer.Addresses, "addresses", address => address.Id, (address, id) => new CompanyAddress(
            id,
            new AddressLines(
                Text(address.Label),
                Text(address.AddressLine1),
                Text(address.AddressLine2),
                Text(address.City),
                Text(address.County),
                Text(address.PostalCode),
                Text(address.Country)),
            address.IsPrimary ?? false,
            address.IsBilling ?? false,
            address.IsCurrent ?? true));

    private static string Text(string? value) => value?.Trim() ?? string.Empty;

    /// <summary>"30" is 30 days; anything else says nothing a page can show as days.</summary>
    private static int? Days(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var days) ? days : null;
}
