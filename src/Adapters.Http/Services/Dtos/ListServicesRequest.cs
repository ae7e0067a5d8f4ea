using Portal.Adapters.Http.Platform.Json;

namespace Portal.Adapters.Http.Services.Dtos;

internal sealed class ListServicesRequest : PlatformRequestBody
{
    public int Page { get; set; }

    public int Limit { get; set; }

    public string? Status { get; set; }

    public string? ServiceType { get; set; }
}
