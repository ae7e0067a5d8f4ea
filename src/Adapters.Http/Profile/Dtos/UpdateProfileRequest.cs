using Portal.Adapters.Http.Platform.Json;

namespace Portal.Adapters.Http.Profile.Dtos;

/// <summary>The PUT's body: who is asking and every value of the profile (the Platform leaves a missing key unchanged).</summary>
internal sealed class UpdateProfileRequest : PlatformRequestBody
{
    public required string FirstName { get; init; }

    public required string LastName { get; init; }

    public required string Phone { get; init; }

    public required string PreferredLanguage { get; init; }

    public required string Timezone { get; init; }

    public required bool EmailNotifications { get; init; }

    public required bool SmsNotifications { get; init; }

    public required bool MarketingEmails { get; init; }
}
