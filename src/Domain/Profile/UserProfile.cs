namespace Portal.Domain.Profile;

/// <summary>
/// The signed-in user's own profile on the Platform: who they are and how they want to be reached. Texts the Platform
/// left out are empty; the rest is null when unknown.
/// </summary>
public sealed record UserProfile
{
    public UserProfile(string email, string firstName, string lastName, string phone)
    {
        ArgumentNullException.ThrowIfNull(email);
        ArgumentNullException.ThrowIfNull(firstName);
        ArgumentNullException.ThrowIfNull(lastName);
        ArgumentNullException.ThrowIfNull(phone);
        Email = email;
        FirstName = firstName;
        LastName = lastName;
        Phone = phone;
    }

    /// <summary>The sign-in address; the Platform offers no way to change it.</summary>
    public string Email { get; }

    public string FirstName { get; }

    public string LastName { get; }

    /// <summary>Empty when the user gave none.</summary>
    public string Phone { get; }

    public bool? MfaEnabled { get; init; }

    public DateTimeOffset? JoinedAt { get; init; }

    public ProfilePreferences Preferences { get; init; } = ProfilePreferences.Unknown;
}
