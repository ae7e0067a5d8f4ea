namespace Portal.Adapters.Http.Profile.Dtos;

/// <summary><c>profile.profile</c>: the preferences the Platform creates with its defaults on the first read.</summary>
internal sealed class PreferencesDto
{
    public string? PreferredLanguage { get; set; }

    public string? Timezone { get; set; }

    public bool? EmailNotifications { get; set; }

    public bool? SmsNotifications { get; set; }

    public bool? MarketingEmails { get; set; }
}
