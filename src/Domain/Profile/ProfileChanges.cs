namespace Portal.Domain.Profile;

/// <summary>
/// A whole profile as the user saved it, already validated: every value is sent, so the Platform's "missing keys stay
/// unchanged" never leaves half an edit behind.
/// </summary>
public sealed record ProfileChanges(
    string FirstName,
    string LastName,
    string Phone,
    string Language,
    string TimeZone,
    bool EmailNotifications,
    bool SmsNotifications,
    bool MarketingEmails);
