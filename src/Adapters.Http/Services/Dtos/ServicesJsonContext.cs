using System.Text.Json.Serialization;
using Portal.Adapters.Http.Platform.Json;

namespace Portal.Adapters.Http.Services.Dtos;

[JsonSourceGenerationOptions(GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(ScopedRequest))]
[JsonSerializable(typeof(ListServicesRequest))]
[JsonSerializable(typeof(UsageRequest))]
[JsonSerializable(typeof(AutoRenewRequest))]
[JsonSerializable(typeof(ServicesAnswer))]
internal sealed partial class ServicesJsonContext : JsonSerializerContext
{
    /// <summary>The context with the Platform's options (<see cref="PlatformJson"/>); use it, not <c>Default</c>.</summary>
    public static ServicesJsonContext Platform { get; } = new(PlatformJson.CreateOptions());
}
