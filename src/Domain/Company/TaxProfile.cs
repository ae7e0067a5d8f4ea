namespace Portal.Domain.Company;

/// <summary>
/// The company's tax profile (<c>customers/tax-profile/</c>): fiscal code (CUI), VAT number, trade register number, and
/// whether it pays VAT and may be invoiced with reverse charge. The limits are the Platform's column sizes. A flag is null
/// when the Platform did not state it; in a change, null leaves the Platform's value as it is (the key is not sent).
/// </summary>
public sealed record TaxProfile(
    string Cui,
    string VatNumber,
    string RegistrationNumber,
    bool? IsVatPayer,
    bool? ReverseChargeEligible)
{
    public const int MaxCuiLength = 20;
    public const int MaxVatNumberLength = 20;
    public const int MaxRegistrationNumberLength = 50;
}
