using System.Text.Json.Serialization;
using Portal.Adapters.Http.Platform.Json;

namespace Portal.Adapters.Http.Profile.Dtos;

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
[JsonSerializable(typeof(UpdateProfileRequest))]
[JsonSerializable(typeof(ProfileAnswer))]
internal sealed partial class ProfileJsonContext : JsonSerializerContext;
