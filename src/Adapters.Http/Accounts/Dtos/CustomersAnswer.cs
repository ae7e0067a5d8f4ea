using Portal.Adapters.Http.Platform.Json;

namespace Portal.Adapters.Http.Accounts.Dtos;

internal sealed class CustomersAnswer : PlatformAnswer
{
    public List<PlatformCustomer?>? Results { get; set; }
}
