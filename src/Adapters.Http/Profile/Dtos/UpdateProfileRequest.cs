using Portal.Adapters.Http.Platform.Json;

namespace Portal.Adapters.Http.Profile.Dtos;

/// <summary>
/// The PUT's body: who is asking and every value of the profile but a null language, time zone or preference, which is
/// left out: the Platform leaves a missing key unchanged, where a JSON null it would try to store, and answer 503, and an
/// empty text it would store as the value.
/// </summary>
internal sealed class UpdateProfileRequest : PlatformRequestBody
{
    public required string FirstName { get; init; }

    public required string LastName { get; init; }

    public required string Phone { get; init; }

    public required string? PreferredLanguage { get; init; }

    public required string? Timezone { get; init; }

    public required bool? EmailNotifications { get; init; }

    public required bool? SmsNotifications { get; init; }

    public required bool? MarketingEmails { get; init; }
}
