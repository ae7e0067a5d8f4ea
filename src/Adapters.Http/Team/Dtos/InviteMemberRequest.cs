using Portal.Adapters.Http.Platform.Json;

namespace Portal.Adapters.Http.Team.Dtos;

internal sealed class InviteMemberRequest : PlatformRequestBody
{
    public string Email { get; set; } = string.Empty;

    public string FirstName { get; set; } = string.Empty;

    public string LastName { get; set; } = string.Empty;

    public string Role { get; set; } = string.Empty;
}
