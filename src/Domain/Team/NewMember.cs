namespace Portal.Domain.Team;

/// <summary>Someone an owner invites into the team: the Platform creates the user, who sets a password from its e-mail.</summary>
public sealed record NewMember(string Email, string FirstName, string LastName, string Role)
{
    /// <summary>The Platform's (Django's) limit for first and last names.</summary>
    public const int MaxNameLength = 150;
}
