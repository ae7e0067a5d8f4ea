namespace Portal.Domain.Addresses;

/// <summary>
/// What an address says: a label for the customer's own use, two street lines, city, county, postal code and country.
/// Blank parts are empty strings, never null (the Platform answers a null text field with a server error). The limits
/// are the Platform's column sizes.
/// </summary>
public sealed record AddressLines(
    string Label,
    string Line1,
    string Line2,
    string City,
    string County,
    string PostalCode,
    string Country)
{
    public const int MaxLabelLength = 50;
    public const int MaxLineLength = 200;
    public const int MaxCityLength = 100;
    public const int MaxCountyLength = 100;
    public const int MaxPostalCodeLength = 10;
    public const int MaxCountryLength = 100;

    /// <summary>The country the Platform assumes when none is given.</summary>
    public const string DefaultCountry = "Romania";

    /// <summary>The Platform keeps at most this many addresses per customer.</summary>
    public const int MaxAddressesPerCustomer = 10;
}
