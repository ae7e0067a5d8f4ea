using System.Text.Json.Serialization;
using Portal.Adapters.Http.Platform.Json;

namespace Portal.Adapters.Http.Accounts.Dtos;

[JsonSourceGenerationOptions(GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(SignInRequest))]
[JsonSerializable(typeof(SignInAnswer))]
[JsonSerializable(typeof(CustomersRequest))]
[JsonSerializable(typeof(CustomersAnswer))]
[JsonSerializable(typeof(SessionValidationRequest))]
[JsonSerializable(typeof(SessionValidationAnswer))]
[JsonSerializable(typeof(CustomerDetailsRequest))]
[JsonSerializable(typeof(CustomerDetailsAnswer))]
internal sealed partial class AccountsJsonContext : JsonSerializerContext
{
    /// <summary>The context with the Platform's options (<see cref="PlatformJson"/>); use it, not <c>Default</c>.</summary>
    public static AccountsJsonContext Platform { get; } = new(PlatformJson.CreateOptions());
}
