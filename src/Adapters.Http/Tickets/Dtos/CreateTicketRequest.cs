using Portal.Adapters.Http.Platform.Json;

namespace Portal.Adapters.Http.Tickets.Dtos;

internal sealed class CreateTicketRequest : PlatformRequestBody
{
    public string Title { get; set; } = string.Empty;

    public string Description { get; set; } = string.Empty;

    public string Priority { get; set; } = string.Empty;

    /// <summary>The category's integer id; left out when none was chosen.</summary>
    public long? Category { get; set; }
}
