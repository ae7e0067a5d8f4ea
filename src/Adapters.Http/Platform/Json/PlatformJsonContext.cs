using System.Text.Json.Serialization;

namespace Portal.Adapters.Http.Platform.Json;

/// <summary>The envelope alone, to read the reason out of a refusal whatever the endpoint.</summary>
[JsonSourceGenerationOptions(GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(PlatformAnswer))]
internal sealed partial class PlatformJsonContext : JsonSerializerContext
{
    /// <summary>The context with the Platform's options (<see cref="PlatformJson"/>); use it, not <c>Default</c>.</summary>
    public static PlatformJsonContext Platform { get; } = new(PlatformJson.CreateOptions());
}
