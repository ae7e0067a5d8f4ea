using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Portal.Adapters.Http.Accounts.Tokens;
using Portal.Adapters.Http.IntegrationTests.Infrastructure;
using Portal.Application.Common.Exceptions;
using Portal.Application.Profile.Ports;
using Portal.Domain.Identity;
using Portal.Domain.Profile;

namespace Portal.Adapters.Http.IntegrationTests.Profile;

/// <summary>The profile area against <c>users/profile/</c> answers shaped as platform-api.md §3 says PRAHO sends them.</summary>
public sealed class AccountProfileTests : PlatformTestBase
{
    private const string ProfilePath = "users/profile/";

    private const string ProfileJson = """
        {"success": true, "profile": {"id": 42, "email": "ana@limadental.example", "first_name": "Ana", "last_name": "Lima",
          "phone": "+40 721 234 567", "mfa_enabled": false, "date_joined": "2026-03-01T08:15:00+00:00",
          "profile": {"preferred_language": "ro", "timezone": "Europe/Bucharest", "email_notifications": true,
            "sms_notifications": false, "marketing_emails": true}}}
        """;

    private static readonly ProfileChanges Changes = new("Ana", "Lima-Pop", "+40 721 000 111", "en", "America/New_York", false, true, false);

    private IAccountProfile Profiles => Portal.Get<IAccountProfile>();

    [Fact]
    public async Task The_profile_is_read_with_a_signed_user_scoped_POST_and_mapped_whole()
    {
        Platform.OnJson(ProfilePath, ProfileJson);

        var profile = await Profiles.GetAsync(Scope(), CancellationToken.None);

        var request = Assert.Single(Platform.Requests);
        AssertUserScoped(request, "POST");
        Assert.Equal(("ana@limadental.example", "Ana", "Lima", "+40 721 234 567"), (profile.Email, profile.FirstName, profile.LastName, profile.Phone));
        Assert.Equal((false, new DateTimeOffset(2026, 3, 1, 8, 15, 0, TimeSpan.Zero)), (profile.MfaEnabled, profile.JoinedAt));
        Assert.Equal(new ProfilePreferences("ro", "Europe/Bucharest", true, false, true), profile.Preferences);
    }

    [Fact]
    public async Task A_profile_missing_optional_values_degrades_only_those()
    {
        Platform.OnJson(ProfilePath, """
            {"success": true, "profile": {"id": 42, "email": "ana@limadental.example", "first_name": "Ana", "last_name": "Lima",
              "date_joined": "last spring", "profile": {"preferred_language": "en", "timezone": ""}}}
            """);

        var profile = await Profiles.GetAsync(Scope(), CancellationToken.None);

        Assert.Equal((string.Empty, (bool?)null, (DateTimeOffset?)null), (profile.Phone, profile.MfaEnabled, profile.JoinedAt));
        Assert.Equal(new ProfilePreferences("en", null, null, null, null), profile.Preferences);
    }

    [Theory]
    [InlineData("")]
    [InlineData(", \"profile\": \"en\"")]
    [InlineData(", \"profile\": [true]")]
    public async Task A_profile_without_a_readable_preferences_object_reads_them_as_unknown(string preferences)
    {
        Platform.OnJson(ProfilePath, $$$"""{"success": true, "profile": {"id": 42, "email": "ana@limadental.example"{{{preferences}}}}}""");

        var profile = await Profiles.GetAsync(Scope(), CancellationToken.None);

        Assert.Same(ProfilePreferences.Unknown, profile.Preferences);
        Assert.Equal((string.Empty, string.Empty), (profile.FirstName, profile.LastName));
    }

    [Fact]
    public async Task An_answer_without_a_profile_is_malformed()
    {
        Platform.OnJson(ProfilePath, """{"success": true}""");

        var failure = await Assert.ThrowsAsync<BackendUnavailableException>(() => Profiles.GetAsync(Scope(), CancellationToken.None));

        Assert.Equal("profile", failure.Area);
    }

    [Fact]
    public async Task An_update_is_a_PUT_signed_as_PUT_carrying_every_value()
    {
        Platform.OnJson(ProfilePath, """{"success": true, "message": "Profile updated successfully"}""");

        await Profiles.UpdateAsync(Scope(), Changes, CancellationToken.None);

        var request = Assert.Single(Platform.Requests);
        AssertUserScoped(request, "PUT");
        var body = request.Json;
        Assert.Equal(
            ("Ana", "Lima-Pop", "+40 721 000 111", "en", "America/New_York"),
            (Text(body, "first_name"), Text(body, "last_name"), Text(body, "phone"), Text(body, "preferred_language"), Text(body, "timezone")));
        Assert.Equal(
            (JsonValueKind.False, JsonValueKind.True, JsonValueKind.False),
            (body.GetProperty("email_notifications").ValueKind, body.GetProperty("sms_notifications").ValueKind, body.GetProperty("marketing_emails").ValueKind));
    }

    /// <summary>The Platform keeps a preference whose key is missing; a JSON null it would try to store, and fail.</summary>
    [Fact]
    public async Task A_preference_left_unstated_is_left_out_of_the_update()
    {
        Platform.OnJson(ProfilePath, """{"success": true, "message": "Profile updated successfully"}""");

        await Profiles.UpdateAsync(Scope(), Changes with { EmailNotifications = null, MarketingEmails = null }, CancellationToken.None);

        var body = Assert.Single(Platform.Requests).Json;
        Assert.False(body.TryGetProperty("email_notifications", out _));
        Assert.False(body.TryGetProperty("marketing_emails", out _));
        Assert.Equal(JsonValueKind.True, body.GetProperty("sms_notifications").ValueKind);
        Assert.Equal("Lima-Pop", Text(body, "last_name"));
    }

    /// <summary>
    /// The Platform keeps a language or zone whose key is missing; an empty text it would store as the value, a JSON null
    /// it would try to store, and fail.
    /// </summary>
    [Fact]
    public async Task A_language_and_zone_left_unstated_are_left_out_of_the_update()
    {
        Platform.OnJson(ProfilePath, """{"success": true, "message": "Profile updated successfully"}""");

        await Profiles.UpdateAsync(Scope(), Changes with { Language = null, TimeZone = null }, CancellationToken.None);

        var body = Assert.Single(Platform.Requests).Json;
        Assert.False(body.TryGetProperty("preferred_language", out _));
        Assert.False(body.TryGetProperty("timezone", out _));
        Assert.Equal(("Lima-Pop", "+40 721 000 111"), (Text(body, "last_name"), Text(body, "phone")));
    }

    [Fact]
    public async Task The_Platforms_503_to_an_update_is_unavailable_and_the_update_is_not_sent_again()
    {
        Platform.OnJson(ProfilePath, """{"success": false, "error": "Profile service unavailable"}""", StatusCodes.Status503ServiceUnavailable);

        var failure = await Assert.ThrowsAsync<BackendUnavailableException>(() => Profiles.UpdateAsync(Scope(), Changes, CancellationToken.None));

        Assert.Equal("profile", failure.Area);
        Assert.Single(Platform.Requests);
    }

    [Fact]
    public async Task The_Platforms_503_to_a_read_is_retried_and_then_unavailable()
    {
        Platform.OnJson(ProfilePath, """{"success": false, "error": "Profile service unavailable"}""", StatusCodes.Status503ServiceUnavailable);

        var failure = await Assert.ThrowsAsync<BackendUnavailableException>(() => Profiles.GetAsync(Scope(), CancellationToken.None));

        Assert.Equal("profile", failure.Area);
        Assert.Equal(3, Platform.Requests.Count);
    }

    [Fact]
    public async Task An_unknown_or_inactive_user_is_not_found()
    {
        Platform.OnJson(ProfilePath, """{"success": false, "error": "Access denied"}""", StatusCodes.Status403Forbidden);

        var failure = await Assert.ThrowsAsync<NotFoundException>(() => Profiles.GetAsync(Scope(), CancellationToken.None));

        Assert.Equal("account", failure.What);
    }

    private AccountScope Scope() =>
        new(Portal.Get<PlatformAccessTokens>().Issue(new UserId("42")), new UserId("42"), 42);

    /// <summary>User-scoped: the user's id and a numeric timestamp in the body, no customer, and a signature the Platform accepts.</summary>
    private static void AssertUserScoped(RecordedRequest request, string method)
    {
        Assert.True(request.Accepted, request.Refusal);
        Assert.Equal(method, request.Method);
        Assert.Equal("/api/users/profile/", request.RawTarget);
        Assert.Equal(42, request.Json.GetProperty("user_id").GetInt64());
        Assert.False(request.Json.TryGetProperty("customer_id", out _));
        Assert.Equal(JsonValueKind.Number, request.Json.GetProperty("timestamp").ValueKind);
    }

    private static string? Text(JsonElement body, string name) => body.GetProperty(name).GetString();
}
