namespace Portal.Domain.Profile;

/// <summary>
/// A whole profile as the user saved it, already validated: every value is sent, so the Platform's "missing keys stay
/// unchanged" never leaves half an edit behind, but for a language, time zone or preference left null: one the Platform
/// did not state and the user did not choose, which is left out so that the Platform keeps its own instead of a guess.
/// </summary>
public sealed record ProfileChanges(
    string FirstName,
    string LastName,
    string Phone,
    string? Language,
    string? TimeZone,
    bool? EmailNotifications,
    bool? SmsNotifications,
    bool? MarketingEmails);
