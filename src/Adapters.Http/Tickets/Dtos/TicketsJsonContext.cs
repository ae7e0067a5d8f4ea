using System.Text.Json.Serialization;
using Portal.Adapters.Http.Platform.Json;

namespace Portal.Adapters.Http.Tickets.Dtos;

[JsonSourceGenerationOptions(GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(ScopedRequest))]
[JsonSerializable(typeof(ListTicketsRequest))]
[JsonSerializable(typeof(CreateTicketRequest))]
[JsonSerializable(typeof(ReplyRequest))]
[JsonSerializable(typeof(TicketsAnswer))]
internal sealed partial class TicketsJsonContext : JsonSerializerContext
{
    /// <summary>The context with the Platform's options (<see cref="PlatformJson"/>); use it, not <c>Default</c>.</summary>
    public static TicketsJsonContext Platform { get; } = new(PlatformJson.CreateOptions());
}
