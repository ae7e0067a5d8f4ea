using System.Text.Json.Serialization;
using Portal.Adapters.Http.Platform.Json;

namespace Portal.Adapters.Http.Company.Dtos;

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
[JsonSerializable(typeof(UpdateCustomerRequest))]
[JsonSerializable(typeof(UpdateTaxProfileRequest))]
[JsonSerializable(typeof(AddAddressRequest))]
[JsonSerializable(typeof(UpdateAddressRequest))]
[JsonSerializable(typeof(AddressIdRequest))]
[JsonSerializable(typeof(CompanyAnswer))]
internal sealed partial class CompanyJsonContext : JsonSerializerContext;
