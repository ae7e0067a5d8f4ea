using System.Text.Json.Serialization;
using Portal.Adapters.Http.Platform.Json;

namespace Portal.Adapters.Http.Company.Dtos;

[JsonSourceGenerationOptions(GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(ScopedRequest))]
[JsonSerializable(typeof(UpdateCustomerRequest))]
[JsonSerializable(typeof(UpdateTaxProfileRequest))]
[JsonSerializable(typeof(AddAddressRequest))]
[JsonSerializable(typeof(UpdateAddressRequest))]
[JsonSerializable(typeof(AddressIdRequest))]
[JsonSerializable(typeof(CompanyAnswer))]
internal sealed partial class CompanyJsonContext : JsonSerializerContext
{
    /// <summary>The context with the Platform's options (<see cref="PlatformJson"/>); use it, not <c>Default</c>.</summary>
    public static CompanyJsonContext Platform { get; } = new(PlatformJson.CreateOptions());
}
