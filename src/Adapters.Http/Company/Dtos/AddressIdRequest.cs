using Portal.Adapters.Http.Platform.Json;

namespace Portal.Adapters.Http.Company.Dtos;

/// <summary>Delete, set-primary and set-billing: which address.</summary>
internal sealed class AddressIdRequest : PlatformRequestBody
{
    public long AddressId { get; set; }
}
