namespace Portal.Demo.Backend.Data;

/// <summary>A Platform user's profile preferences, created with the Platform's defaults on first read.</summary>
internal sealed record DemoProfile(
    string FirstName,
    string LastName,
    string Phone,
    string PreferredLanguage = "en",
    string Timezone = "Europe/Bucharest",
    bool EmailNotifications = true,
    bool SmsNotifications = false,
    bool MarketingEmails = false);
