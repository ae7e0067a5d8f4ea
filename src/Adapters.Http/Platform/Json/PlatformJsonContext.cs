using System.Text.Json.Serialization;

namespace Portal.Adapters.Http.Platform.Json;

/// <summary>The envelope alone, to read the reason out of a refusal whatever the endpoint.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
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
[JsonSerializable(typeof(PlatformAnswer))]
internal sealed partial class PlatformJsonContext : JsonSerializerContext;
