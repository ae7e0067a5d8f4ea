using System.Text.Json.Serialization;
using Portal.Adapters.Http.Platform.Json;

namespace Portal.Adapters.Http.Team.Dtos;

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
[JsonSerializable(typeof(InviteMemberRequest))]
[JsonSerializable(typeof(ChangeRoleRequest))]
[JsonSerializable(typeof(RemoveMemberRequest))]
[JsonSerializable(typeof(TeamAnswer))]
internal sealed partial class TeamJsonContext : JsonSerializerContext;
