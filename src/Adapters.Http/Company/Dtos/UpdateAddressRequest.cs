using Portal.Adapters.Http.Platform.Json;

namespace Portal.Adapters.Http.Company.Dtos;

/// <summary>
/// <c>customers/addresses/update/</c>: the address's text, every field a string (the Platform stores what it is given,
/// and a null fails there). The primary and billing flags are left out, so they stay as they are.
/// </summary>
internal sealed class UpdateAddressRequest : PlatformRequestBody
{
    public long AddressId { get; set; }

    public string Label { get; set; } = string.Empty;

    public string AddressLine1 { get; set; } = string.Empty;

    public string AddressLine2 { get; set; } = string.Empty;

    public string City { get; set; } = string.Empty;

    public string County { get; set; } = string.Empty;

    public string PostalCode { get; set; } = string.Empty;

    public string Country { get; set; } = string.Empty;
}
