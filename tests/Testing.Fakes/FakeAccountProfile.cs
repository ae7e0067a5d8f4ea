using System.Collections.Concurrent;
using Portal.Application.Profile.Ports;
using Portal.Domain.Identity;
using Portal.Domain.Profile;

namespace Portal.Testing.Fakes;

/// <summary>
/// One profile every user reads, as a test sets it; a saved profile replaces it, as the Platform keeps it. The default
/// names no time zone, so pages keep showing times as they did before a profile was read.
/// </summary>
public sealed class FakeAccountProfile : FakeAccountPort, IAccountProfile
{
    private readonly ConcurrentQueue<ProfileChanges> updates = new();

    public UserProfile Profile { get; set; } = new("ada@example.com", "Ada", "Lovelace", string.Empty)
    {
        MfaEnabled = false,
        JoinedAt = new DateTimeOffset(2026, 1, 5, 9, 30, 0, TimeSpan.Zero),
        Preferences = new ProfilePreferences("en", null, true, false, false),
    };

    /// <summary>Every profile saved, in order.</summary>
    public IReadOnlyCollection<ProfileChanges> Updates => updates;

    public Task<UserProfile> GetAsync(AccountScope scope, CancellationToken cancellationToken) => Answer(scope, () => Profile);

    public Task UpdateAsync(AccountScope scope, ProfileChanges changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        return Answer(scope, () =>
        {
            updates.Enqueue(changes);
            Profile = new UserProfile(Profile.Email, changes.FirstName, changes.LastName, changes.Phone)
            {
                MfaEnabled = Profile.MfaEnabled,
                JoinedAt = Profile.JoinedAt,
                // As the Platform does, a value left out keeps what is stored.
                Preferences = new ProfilePreferences(
                    changes.Language ?? Profile.Preferences.Language,
                    changes.TimeZone ?? Profile.Preferences.TimeZone,
                    changes.EmailNotifications ?? Profile.Preferences.EmailNotifications,
                    changes.SmsNotifications ?? Profile.Preferences.SmsNotifications,
                    changes.MarketingEmails ?? Profile.Preferences.MarketingEmails),
            };
            return true;
        });
    }
}
