using System.Text.Json.Serialization;
using Portal.Adapters.Http.Platform.Json;

namespace Portal.Adapters.Http.Accounts.Dtos;

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
[JsonSerializable(typeof(SignInRequest))]
[JsonSerializable(typeof(SignInAnswer))]
[JsonSerializable(typeof(CustomersRequest))]
[JsonSerializable(typeof(CustomersAnswer))]
[JsonSerializable(typeof(SessionValidationRequest))]
[JsonSerializable(typeof(SessionValidationAnswer))]
[JsonSerializable(typeof(CustomerDetailsRequest))]
[JsonSerializable(typeof(CustomerDetailsAnswer))]
internal sealed partial class AccountsJsonContext : JsonSerializerContext;
