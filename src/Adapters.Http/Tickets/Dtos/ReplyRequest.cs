using Portal.Adapters.Http.Platform.Json;

namespace Portal.Adapters.Http.Tickets.Dtos;

internal sealed class ReplyRequest : PlatformRequestBody
{
    public string Content { get; set; } = string.Empty;
}
