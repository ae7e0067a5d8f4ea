namespace Portal.Adapters.Http.Team.Dtos;

internal sealed class TeamMemberDto
{
    public string? UserId { get; set; }

    public string? Email { get; set; }

    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    public string? Role { get; set; }

    public bool? IsPrimary { get; set; }

    public string? CreatedAt { get; set; }
}
