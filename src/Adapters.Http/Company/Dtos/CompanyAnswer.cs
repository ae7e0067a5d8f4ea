using System.Text.Json.Serialization;
using Portal.Adapters.Http.Platform.Json;

namespace Portal.Adapters.Http.Company.Dtos;

/// <summary>Every answer of the company area: <c>customer</c> (details), <c>addresses</c> (the list), or only a message.</summary>
internal sealed class CompanyAnswer : PlatformAnswer
{
    public CustomerDto? Customer { get; set; }

    [JsonConverter(typeof(ObjectRowsConverter<AddressDto>))]
    public List<AddressDto?>? Addresses { get; set; }
}
