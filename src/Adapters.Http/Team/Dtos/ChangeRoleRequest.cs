using Portal.Adapters.Http.Platform.Json;

namespace Portal.Adapters.Http.Team.Dtos;

internal sealed class ChangeRoleRequest : PlatformRequestBody
{
    public long TargetUserId { get; set; }

    public string NewRole { get; set; } = string.Empty;
}
