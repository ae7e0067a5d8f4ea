using Portal.Application.Addresses.Commands.AddAddress;
using Portal.Application.Addresses.Commands.DeleteAddress;
using Portal.Application.Addresses.Commands.UpdateAddress;
using Portal.Application.Company.Commands.UpdateCompanyDetails;
using Portal.Application.Company.Commands.UpdateTaxProfile;

namespace Portal.Application.UnitTests.Company;

public sealed class CompanyValidatorTests
{
    [Theory]
    [InlineData("")]
    [InlineData("RO18547328")]
    [InlineData("ro18547328")]
    [InlineData(" 18547328 ")]
    [InlineData("31904683")]
    [InlineData("RO42719038")]
    [InlineData("1234567")]
    [InlineData("12")]
    public void A_blank_cui_or_one_the_platform_accepts_passes(string cui) =>
        Assert.True(new UpdateTaxProfileCommandValidator().Validate(Tax(cui)).IsValid);

    [Theory]
    [InlineData("RO18547329", "CUI check digit does not match; check the number.")]
    [InlineData("RO-18547328", "CUI must contain only digits after an optional RO.")]
    [InlineData("RO1854 7328", "CUI must contain only digits after an optional RO.")]
    [InlineData("RO", "CUI must have 2 to 10 digits.")]
    [InlineData("7", "CUI must have 2 to 10 digits.")]
    [InlineData("12345678901", "CUI must have 2 to 10 digits.")]
    [InlineData("١٢٣٤٥٦٧", "CUI must contain only digits after an optional RO.")]
    public void A_cui_the_platform_would_refuse_is_refused_beside_its_field(string cui, string message)
    {
        var error = Assert.Single(new UpdateTaxProfileCommandValidator().Validate(Tax(cui)).Errors);

        Assert.Equal(nameof(UpdateTaxProfileCommand.Cui), error.PropertyName);
        Assert.Equal(message, error.ErrorMessage);
    }

    [Fact]
    public void Tax_numbers_longer_than_the_platform_keeps_are_refused()
    {
        var result = new UpdateTaxProfileCommandValidator().Validate(
            new UpdateTaxProfileCommand(CompanySamples.AccessAs("owner"), "", new string('1', 21), new string('J', 51), false, false));

        Assert.Equal(["RegistrationNumber", "VatNumber"], result.Errors.Select(e => e.PropertyName).Order());
    }

    [Fact]
    public void A_new_tax_profile_needs_both_flags_answered()
    {
        var errors = new UpdateTaxProfileCommandValidator().Validate(Tax("") with { IsVatPayer = null, ReverseChargeEligible = null, CreatesProfile = true })
            .Errors.ToDictionary(e => e.PropertyName, e => e.ErrorMessage);

        Assert.Equal(["IsVatPayer", "ReverseChargeEligible"], errors.Keys.Order());
        Assert.All(errors.Values, message => Assert.Equal("Choose Yes or No: the company has no tax profile yet, and a new one needs this.", message));
        Assert.True(new UpdateTaxProfileCommandValidator().Validate(Tax("") with { CreatesProfile = true }).IsValid);
    }

    [Fact]
    public void A_flag_an_existing_tax_profile_does_not_state_may_be_left_unstated()
    {
        Assert.True(new UpdateTaxProfileCommandValidator().Validate(Tax("") with { IsVatPayer = null, ReverseChargeEligible = null }).IsValid);
    }

    [Theory]
    [InlineData("", "Name", "Name is required.")]
    [InlineData("office@", "PrimaryEmail", "Enter a valid email address, for example office@example.ro, or leave it blank.")]
    [InlineData("www.lima.example", "Website", "Website must be a full address starting with https:// or http://, or blank.")]
    [InlineData("ftp://lima.example", "Website", "Website must be a full address starting with https:// or http://, or blank.")]
    [InlineData("+40 21 ext. 5", "PrimaryPhone", "Enter a phone number of 6 to 15 digits, for example +40 721 234 567 (digits, spaces, '+' at the start, '-', '.', '(' and ')').")]
    [InlineData("+40 21 222 333 444 555 6", "PrimaryPhone", "Phone must be at most 20 characters.")]
    [InlineData("Acme\u0000\r\nX", "Name", "Name must be one line, without tabs or other control characters.")]
    [InlineData("Acme\u2028Ltd", "Name", "Name must be one line, without tabs or other control characters.")]
    public void Bad_details_are_refused_beside_their_field(string value, string field, string message)
    {
        var command = Details() with
        {
            Name = field == "Name" ? value : "Lima Dental",
            PrimaryEmail = field == "PrimaryEmail" ? value : "",
            Website = field == "Website" ? value : "",
            PrimaryPhone = field == "PrimaryPhone" ? value : "",
        };

        var error = Assert.Single(new UpdateCompanyDetailsCommandValidator().Validate(command).Errors);

        Assert.Equal((field, message), (error.PropertyName, error.ErrorMessage));
    }

    [Fact]
    public void A_pasted_name_whose_only_tab_or_line_break_is_trimmed_away_passes()
    {
        Assert.True(new UpdateCompanyDetailsCommandValidator().Validate(Details() with { Name = "Lima Dental\t", CompanyName = "\r\nLima Dental Ltd\r\n" }).IsValid);
    }

    [Fact]
    public void Blank_optional_details_pass()
    {
        var command = new UpdateCompanyDetailsCommand(CompanySamples.AccessAs("owner"), "Lima Dental", "", "", "", "", "");

        Assert.True(new UpdateCompanyDetailsCommandValidator().Validate(command).IsValid);
        Assert.True(new UpdateCompanyDetailsCommandValidator().Validate(Details()).IsValid);
    }

    [Fact]
    public void An_address_needs_a_street_and_a_city_and_fits_the_platforms_columns()
    {
        var command = new AddAddressCommand(
            CompanySamples.AccessAs("owner"), new string('L', 51), " ", "", "", "", "12345678901", new string('C', 101), false, false);

        var errors = new AddAddressCommandValidator().Validate(command).Errors.ToDictionary(e => e.PropertyName, e => e.ErrorMessage);

        Assert.Equal("Street address is required.", errors["Line1"]);
        Assert.Equal("City is required.", errors["City"]);
        Assert.Equal("Label must be at most 50 characters.", errors["Label"]);
        Assert.Equal("Postal code must be at most 10 characters.", errors["PostalCode"]);
        Assert.Equal("Country must be at most 100 characters.", errors["Country"]);
        Assert.Equal(5, errors.Count);
    }

    [Fact]
    public void An_edit_checks_the_same_fields_and_the_address_id()
    {
        var command = new UpdateAddressCommand(CompanySamples.AccessAs("owner"), 0, "", "Str. Lungă 1", "", "", "", "", "");

        var errors = new UpdateAddressCommandValidator().Validate(command).Errors.Select(e => e.PropertyName).Order();

        Assert.Equal(["AddressId", "City"], errors);
        Assert.False(new DeleteAddressCommandValidator().Validate(new DeleteAddressCommand(CompanySamples.AccessAs("owner"), -1)).IsValid);
    }

    private static UpdateTaxProfileCommand Tax(string cui) => new(CompanySamples.AccessAs("owner"), cui, "", "", true, false);

    private static UpdateCompanyDetailsCommand Details() =>
        new(CompanySamples.AccessAs("owner"), "Lima Dental", "Lima Dental SRL", "office@lima.example", "+40 (21) 222-3344", "https://lima.example/", "Dentistry");
}
