using Portal.Adapters.Http.Platform.Json;

namespace Portal.Adapters.Http.Team.Dtos;

internal sealed class RemoveMemberRequest : PlatformRequestBody
{
    public long TargetUserId { get; set; }
}
