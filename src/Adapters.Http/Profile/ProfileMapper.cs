using Portal.Adapters.Http.Platform;
using Portal.Adapters.Http.Profile.Dtos;
using Portal.Domain.Profile;

namespace Portal.Adapters.Http.Profile;

/// <summary>
/// The profile answer as the Domain's <see cref="UserProfile"/>: only the <c>profile</c> object is required; any value
/// missing from it degrades to empty text or "unknown", and a join date that does not parse is left out.
/// </summary>
internal static class ProfileMapper
{
    public static UserProfile ToProfile(ProfileDto? profile)
    {
        var present = profile ?? throw new FormatException("'profile' is missing.");
        var preferences = present.Profile;
        return new UserProfile(present.Email ?? string.Empty, present.FirstName ?? string.Empty, present.LastName ?? string.Empty, present.Phone ?? string.Empty)
        {
            MfaEnabled = present.MfaEnabled,
            JoinedAt = WireValues.TryInstant(present.DateJoined),
            Preferences = preferences is null
                ? ProfilePreferences.Unknown
                : new ProfilePreferences(
                    WireValues.Optional(preferences.PreferredLanguage),
                    WireValues.Optional(preferences.Timezone),
                    preferences.EmailNotifications,
                    preferences.SmsNotifications,
                    preferences.MarketingEmails),
        };
    }
}
