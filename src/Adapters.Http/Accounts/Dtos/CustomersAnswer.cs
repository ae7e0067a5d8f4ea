using System.Text.Json.Serialization;
using Portal.Adapters.Http.Platform.Json;

namespace Portal.Adapters.Http.Accounts.Dtos;

internal sealed class CustomersAnswer : PlatformAnswer
{
    [JsonConverter(typeof(ObjectRowsConverter<PlatformCustomer>))]
    public List<PlatformCustomer?>? Results { get; set; }
}
