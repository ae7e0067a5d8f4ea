using System.Net;
using System.Text.Json;
using Portal.Demo.Tests.Infrastructure;

namespace Portal.Demo.Tests.Platform;

/// <summary>GDPR as platform-api.md §9 describes it, and the demo's seed of one data-export request in each state.</summary>
public sealed class PrivacyTests(PlatformHostFixture fixture) : IClassFixture<PlatformHostFixture>
{
    private PlatformClient Client => fixture.Client;

    [Fact]
    public async Task The_consent_history_is_the_users_own_newest_first_in_UTC_with_the_cookie_choices()
    {
        var (status, json) = await Client.PostBodyAsync("gdpr/consent-history/", PlatformClient.Body(PlatformClient.Dana, null));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(json.GetProperty("success").GetBoolean());
        var history = json.GetProperty("consent_history").EnumerateArray().ToList();
        Assert.NotEmpty(history);
        Assert.All(history, entry =>
        {
            Assert.Matches(DateShapes.Utc, entry.GetProperty("timestamp").GetString());
            Assert.Equal(entry.GetProperty("action").GetString(), entry.GetProperty("description").GetString());
            Assert.Equal(JsonValueKind.Object, entry.GetProperty("evidence").ValueKind);
        });
        var times = history.Select(entry => DateTimeOffset.Parse(entry.GetProperty("timestamp").GetString()!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(times.OrderByDescending(time => time), times);
        var cookies = json.GetProperty("cookie_consent_history").EnumerateArray().ToList();
        Assert.NotEmpty(cookies);
        Assert.All(cookies, consent =>
        {
            Assert.True(Guid.TryParse(consent.GetProperty("id").GetString(), out _));
            Assert.Contains(consent.GetProperty("status").GetString(), (string[])["pending", "accepted_all", "accepted_essential", "customized", "withdrawn"]);
            Assert.Equal(JsonValueKind.True, consent.GetProperty("essential").ValueKind);
            Assert.Matches(DateShapes.Utc, consent.GetProperty("created_at").GetString());
        });
    }

    [Fact]
    public async Task Dana_has_one_export_in_each_state_listed_with_action_status()
    {
        var (status, json) = await Client.PostBodyAsync("gdpr/data-export/", PlatformClient.Body(PlatformClient.Dana, null, new { action = "status" }));

        Assert.Equal(HttpStatusCode.OK, status);
        var exports = json.GetProperty("exports").EnumerateArray().ToList();
        Assert.Equal(["pending", "processing", "completed", "failed"], exports.Select(export => export.GetProperty("status").GetString()));
        Assert.All(exports, export =>
        {
            Assert.True(Guid.TryParse(export.GetProperty("id").GetString(), out _));
            var requested = DateTimeOffset.Parse(export.GetProperty("requested_at").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
            var expires = DateTimeOffset.Parse(export.GetProperty("expires_at").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(TimeSpan.FromDays(7), expires - requested);
        });
        var completed = exports[2];
        Assert.Matches(DateShapes.Utc, completed.GetProperty("completed_at").GetString());
        Assert.True(completed.GetProperty("file_size").GetInt64() > 0);
        Assert.True(completed.GetProperty("record_count").GetInt32() > 0);
        Assert.Equal(JsonValueKind.Null, exports[0].GetProperty("completed_at").ValueKind);
        Assert.Equal(JsonValueKind.Null, exports[0].GetProperty("file_size").ValueKind);
    }

    [Fact]
    public async Task A_request_creates_a_pending_export_listed_first()
    {
        var (status, json) = await Client.PostBodyAsync("gdpr/data-export/", PlatformClient.Body(PlatformClient.Sam, null));
        var (_, listed) = await Client.PostBodyAsync("gdpr/data-export/", PlatformClient.Body(PlatformClient.Sam, null, new { action = "status" }));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("pending", json.GetProperty("status").GetString());
        var id = json.GetProperty("export_id").GetString();
        Assert.True(Guid.TryParse(id, out _));
        var first = listed.GetProperty("exports").EnumerateArray().First();
        Assert.Equal((id, "pending"), (first.GetProperty("id").GetString(), first.GetProperty("status").GetString()));
    }

    [Theory]
    [InlineData("gdpr/consent-history/")]
    [InlineData("gdpr/data-export/")]
    public async Task Identity_refusals_follow_the_service_scoped_rule(string endpoint)
    {
        var (withoutUser, noUser) = await Client.PostBodyAsync(endpoint, PlatformClient.Body(null, null));
        var (stringTimestamp, badTimestamp) = await Client.PostBodyAsync(endpoint, PlatformClient.Json(new { user_id = PlatformClient.Dana, timestamp = "1700000000" }));
        var (inactive, denied) = await Client.PostBodyAsync(endpoint, PlatformClient.Body(PlatformClient.Olivia, null));

        Assert.Equal((HttpStatusCode.BadRequest, "user_id is required"), (withoutUser, noUser.GetProperty("error").GetString()));
        Assert.Equal((HttpStatusCode.BadRequest, "Invalid request format"), (stringTimestamp, badTimestamp.GetProperty("error").GetString()));
        Assert.Equal((HttpStatusCode.Forbidden, "Access denied"), (inactive, denied.GetProperty("error").GetString()));
    }

    [Fact]
    public async Task Danas_profile_names_no_time_zone_and_the_others_get_the_Platforms_default()
    {
        var (_, dana) = await Client.PostBodyAsync("users/profile/", PlatformClient.Body(PlatformClient.Dana, null));
        var (_, sam) = await Client.PostBodyAsync("users/profile/", PlatformClient.Body(PlatformClient.Sam, null));

        Assert.Equal(string.Empty, dana.GetProperty("profile").GetProperty("profile").GetProperty("timezone").GetString());
        Assert.Equal("Europe/Bucharest", sam.GetProperty("profile").GetProperty("profile").GetProperty("timezone").GetString());
    }
}
