using Portal.Adapters.Http.Platform;
using Portal.Adapters.Http.Platform.Json;
using Portal.Adapters.Http.Platform.Resilience;
using Portal.Adapters.Http.Profile.Dtos;
using Portal.Application.Profile.Ports;
using Portal.Domain.Identity;
using Portal.Domain.Profile;

namespace Portal.Adapters.Http.Profile;

/// <summary>
/// <see cref="IAccountProfile"/> over <c>users/profile/</c> (§3, user-scoped: <c>user_id</c> and <c>timestamp</c>). The read
/// is retried like every read; the update is a PUT sent once. The Platform's 503 "Profile service unavailable" (its answer
/// to any failure, a value too long included) is the area being unavailable; its 403 (unknown or inactive user) is "not
/// found".
/// </summary>
internal sealed class PlatformAccountProfile(IPlatformProfileApi api, PlatformResiliencePipelines pipelines, TimeProvider time)
    : PlatformApiClient(PlatformArea.Profile, pipelines, time), IAccountProfile
{
    public Task<UserProfile> GetAsync(AccountScope scope, CancellationToken cancellationToken) =>
        PostAsync(
            IPlatformProfileApi.ProfileRoute,
            ForUser(new ScopedRequest(), scope),
            ProfileJsonContext.Platform.ScopedRequest,
            PlatformCall.Read("account"),
            api.GetAsync,
            answer => ProfileMapper.ToProfile(answer.Profile),
            cancellationToken);

    public Task UpdateAsync(AccountScope scope, ProfileChanges changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var body = new UpdateProfileRequest
        {
            FirstName = changes.FirstName,
            LastName = changes.LastName,
            Phone = changes.Phone,
            PreferredLanguage = changes.Language,
            Timezone = changes.TimeZone,
            EmailNotifications = changes.EmailNotifications,
            SmsNotifications = changes.SmsNotifications,
            MarketingEmails = changes.MarketingEmails,
        };
        // Sent through the interface's PUT; the shared client only serializes, signs and maps.
        return PostAsync(
            IPlatformProfileApi.ProfileRoute,
            ForUser(body, scope),
            ProfileJsonContext.Platform.UpdateProfileRequest,
            PlatformCall.Write("account"),
            api.UpdateAsync,
            answer => answer.Success,
            cancellationToken);
    }
}
