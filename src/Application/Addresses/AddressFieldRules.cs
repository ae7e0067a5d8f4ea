using FluentValidation;
using Portal.Application.Common.Validation;
using Portal.Domain.Addresses;

namespace Portal.Application.Addresses;

/// <summary>
/// The rules of <see cref="IAddressFields"/>: street line 1 and city are required (as the Platform requires them), and
/// every part fits the Platform's column, which would otherwise fail with a server error instead of a message.
/// </summary>
internal static class AddressFieldRules
{
    public static void AddAddressFieldRules<T>(this AbstractValidator<T> validator)
        where T : IAddressFields
    {
        validator.RuleFor(x => x.Label).MustFit("Label", AddressLines.MaxLabelLength);
        validator.RuleFor(x => x.Line1).MustBeGiven("Street address", AddressLines.MaxLineLength);
        validator.RuleFor(x => x.Line2).MustFit("Street address line 2", AddressLines.MaxLineLength);
        validator.RuleFor(x => x.City).MustBeGiven("City", AddressLines.MaxCityLength);
        validator.RuleFor(x => x.County).MustFit("County", AddressLines.MaxCountyLength);
        validator.RuleFor(x => x.PostalCode).MustFit("Postal code", AddressLines.MaxPostalCodeLength);
        validator.RuleFor(x => x.Country).MustFit("Country", AddressLines.MaxCountryLength);
    }

    /// <summary>What the fields say, trimmed; a blank country is the Platform's default.</summary>
    public static AddressLines ToLines(this IAddressFields fields) => new(
        fields.Label.Trim(),
        fields.Line1.Trim(),
        fields.Line2.Trim(),
        fields.City.Trim(),
        fields.County.Trim(),
        fields.PostalCode.Trim(),
        fields.Country.Trim() is { Length: > 0 } country ? country : AddressLines.DefaultCountry);
}
