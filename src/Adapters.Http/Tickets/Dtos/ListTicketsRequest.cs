using Portal.Adapters.Http.Platform.Json;

namespace Portal.Adapters.Http.Tickets.Dtos;

internal sealed class ListTicketsRequest : PlatformRequestBody
{
    public int Page { get; set; }

    public int Limit { get; set; }

    public string? Status { get; set; }

    public string? Priority { get; set; }

    public string? Search { get; set; }
}
