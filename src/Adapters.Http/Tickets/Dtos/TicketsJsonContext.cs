using System.Text.Json.Serialization;
using Portal.Adapters.Http.Platform.Json;

namespace Portal.Adapters.Http.Tickets.Dtos;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    Converters =
    [
        typeof(TolerantStringConverter),
        typeof(TolerantBooleanConverter),
        typeof(OptionalBooleanConverter),
        typeof(TolerantNumberConverter<int>),
        typeof(TolerantNumberConverter<long>),
        typeof(TolerantNumberConverter<decimal>),
    ])]
[JsonSerializable(typeof(ScopedRequest))]
[JsonSerializable(typeof(ListTicketsRequest))]
[JsonSerializable(typeof(CreateTicketRequest))]
[JsonSerializable(typeof(ReplyRequest))]
[JsonSerializable(typeof(TicketsAnswer))]
internal sealed partial class TicketsJsonContext : JsonSerializerContext;
