using Portal.Adapters.Http.Platform.Json;

namespace Portal.Adapters.Http.Company.Dtos;

/// <summary>
/// <c>customers/addresses/add/</c>. Every text field is sent as a string, blank ones as "": the Platform stores a null
/// without checking it and answers with a server error.
/// </summary>
internal sealed class AddAddressRequest : PlatformRequestBody
{
    public string Label { get; set; } = string.Empty;

    public string AddressLine1 { get; set; } = string.Empty;

    public string AddressLine2 { get; set; } = string.Empty;

    public string City { get; set; } = string.Empty;

    public string County { get; set; } = string.Empty;

    public string PostalCode { get; set; } = string.Empty;

    public string Country { get; set; } = string.Empty;

    public bool IsPrimary { get; set; }

    public bool IsBilling { get; set; }
}
