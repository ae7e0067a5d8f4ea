using System.Text.Json.Serialization;
using Portal.Adapters.Http.Platform.Json;

namespace Portal.Adapters.Http.Team.Dtos;

[JsonSourceGenerationOptions(GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(ScopedRequest))]
[JsonSerializable(typeof(InviteMemberRequest))]
[JsonSerializable(typeof(ChangeRoleRequest))]
[JsonSerializable(typeof(RemoveMemberRequest))]
[JsonSerializable(typeof(TeamAnswer))]
internal sealed partial class TeamJsonContext : JsonSerializerContext
{
    /// <summary>The context with the Platform's options (<see cref="PlatformJson"/>); use it, not <c>Default</c>.</summary>
    public static TeamJsonContext Platform { get; } = new(PlatformJson.CreateOptions());
}
