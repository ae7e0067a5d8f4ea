namespace Portal.Domain.Company;

/// <summary>
/// The company's editable details (<c>customers/update/</c>). The limits are the Platform's column sizes: a longer value
/// would fail there with a server error instead of a message, so Portal refuses it first.
/// </summary>
public sealed record CompanyDetails(
    string Name,
    string CompanyName,
    string PrimaryEmail,
    string PrimaryPhone,
    string Website,
    string Industry)
{
    public const int MaxNameLength = 255;
    public const int MaxCompanyNameLength = 255;
    public const int MaxPhoneLength = 20;
    public const int MaxWebsiteLength = 200;
    public const int MaxIndustryLength = 100;
}
