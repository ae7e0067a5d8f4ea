namespace Portal.Domain.Profile;

/// <summary>
/// The user's preferences in their Platform profile; each is null when the Platform did not say (an answer without it
/// degrades that value only).
/// </summary>
public sealed record ProfilePreferences(
    string? Language,
    string? TimeZone,
    bool? EmailNotifications,
    bool? SmsNotifications,
    bool? MarketingEmails)
{
    public static ProfilePreferences Unknown { get; } = new(null, null, null, null, null);
}
