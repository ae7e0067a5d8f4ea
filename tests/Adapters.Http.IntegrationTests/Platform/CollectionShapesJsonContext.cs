using System.Text.Json.Serialization;

namespace Portal.Adapters.Http.IntegrationTests.Platform;

[JsonSourceGenerationOptions(GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(CollectionShapes))]
internal sealed partial class CollectionShapesJsonContext : JsonSerializerContext;
