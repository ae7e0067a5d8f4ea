using Portal.Adapters.Http.Platform.Json;

namespace Portal.Adapters.Http.Services.Dtos;

internal sealed class ServicesAnswer : PlatformAnswer
{
    public ServicesData? Data { get; set; }
}
