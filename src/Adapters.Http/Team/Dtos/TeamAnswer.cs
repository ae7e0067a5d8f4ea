using System.Text.Json.Serialization;
using Portal.Adapters.Http.Platform.Json;

namespace Portal.Adapters.Http.Team.Dtos;

/// <summary>Every team answer: the list's <c>users</c>, the invitation's <c>user_id</c> and <c>invite_email_sent</c>, a <c>message</c>.</summary>
internal sealed class TeamAnswer : PlatformAnswer
{
    [JsonConverter(typeof(ObjectRowsConverter<TeamMemberDto>))]
    public List<TeamMemberDto?>? Users { get; set; }

    public string? UserId { get; set; }

    public bool? InviteEmailSent { get; set; }

    public string? Message { get; set; }
}
