namespace Portal.Demo.Backend.Data;

/// <summary>
/// A Platform user's profile preferences, created with the Platform's defaults on first read. A language or notification
/// preference that is null is left out of the answer, key and all, until an update sets it: PRAHO's columns always hold
/// one, but Portal must not guess one a Platform does not state, and the demo shows how it offers them (Sam's profile).
/// </summary>
internal sealed record DemoProfile(
    string FirstName,
    string LastName,
    string Phone,
    string? PreferredLanguage = "en",
    string Timezone = "Europe/Bucharest",
    bool? EmailNotifications = true,
    bool? SmsNotifications = false,
    bool? MarketingEmails = false);
