namespace Portal.Domain.Team;

/// <summary>
/// One active member of a customer's team as the Platform lists it: its Platform user id, name, e-mail and role there
/// (<see cref="Identity.CustomerRoles"/>; an unknown role is kept as it came). <see cref="JoinedAt"/> is null when the
/// Platform did not say.
/// </summary>
public sealed record TeamMember(long UserId, string Email, string FirstName, string LastName, string Role, bool IsPrimary, DateTimeOffset? JoinedAt)
{
    /// <summary>The member's name, or the e-mail address for a member invited without one.</summary>
    public string Name => (FirstName + " " + LastName).Trim() is { Length: > 0 } name ? name : Email;
}
