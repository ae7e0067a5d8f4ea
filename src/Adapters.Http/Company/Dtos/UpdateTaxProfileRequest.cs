using Portal.Adapters.Http.Platform.Json;

namespace Portal.Adapters.Http.Company.Dtos;

/// <summary>
/// <c>customers/tax-profile/</c>: strings (a blank CUI is not checked by the Platform) and JSON booleans. A null flag is
/// left out of the body, which the Platform leaves unchanged (a JSON null it would store as false).
/// </summary>
internal sealed class UpdateTaxProfileRequest : PlatformRequestBody
{
    public string Cui { get; set; } = string.Empty;

    public string VatNumber { get; set; } = string.Empty;

    public string RegistrationNumber { get; set; } = string.Empty;

    public bool? IsVatPayer { get; set; }

    public bool? ReverseChargeEligible { get; set; }
}
