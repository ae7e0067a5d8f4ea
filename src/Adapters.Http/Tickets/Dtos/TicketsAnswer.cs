using Portal.Adapters.Http.Platform.Json;

namespace Portal.Adapters.Http.Tickets.Dtos;

internal sealed class TicketsAnswer : PlatformAnswer
{
    public TicketsData? Data { get; set; }
}
