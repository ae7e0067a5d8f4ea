namespace Portal.Adapters.Http.Company.Dtos;

internal sealed class TaxProfileDto
{
    public string? Cui { get; set; }

    public string? VatNumber { get; set; }

    public string? RegistrationNumber { get; set; }

    public bool? IsVatPayer { get; set; }

    public bool? ReverseChargeEligible { get; set; }
}
