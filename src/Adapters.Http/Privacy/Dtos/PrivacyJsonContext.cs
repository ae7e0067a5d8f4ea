using System.Text.Json.Serialization;
using Portal.Adapters.Http.Platform.Json;

namespace Portal.Adapters.Http.Privacy.Dtos;

[JsonSourceGenerationOptions(GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(ScopedRequest))]
[JsonSerializable(typeof(DataExportRequest))]
[JsonSerializable(typeof(ConsentHistoryAnswer))]
[JsonSerializable(typeof(DataExportAnswer))]
internal sealed partial class PrivacyJsonContext : JsonSerializerContext
{
    /// <summary>The context with the Platform's options (<see cref="PlatformJson"/>); use it, not <c>Default</c>.</summary>
    public static PrivacyJsonContext Platform { get; } = new(PlatformJson.CreateOptions());
}
