using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Portal.Demo.Tests.Infrastructure;

namespace Portal.Demo.Tests.Platform;

/// <summary>accounts and customers as platform-api.md §3, §5 and §1.4 describe them.</summary>
public sealed class AccountsTests(PlatformHostFixture fixture) : IClassFixture<PlatformHostFixture>
{
    private PlatformClient Client => fixture.Client;

    [Fact]
    public async Task Login_needs_only_a_signature_and_answers_integer_ids()
    {
        var (status, json) = await Client.PostBodyAsync("users/login/", PlatformClient.Json(new { email = "  Dana.Whitfield@Example.com ", password = "demo-password-1" }));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(json.GetProperty("success").GetBoolean());
        Assert.Equal("Authentication successful", json.GetProperty("message").GetString());
        var user = json.GetProperty("user");
        Assert.Equal(PlatformClient.Dana, user.GetProperty("id").GetInt64());
        Assert.Equal(JsonValueKind.Number, user.GetProperty("customer_id").ValueKind);
        Assert.Equal(PlatformClient.Riverside, user.GetProperty("customer_id").GetInt64());
        Assert.False(user.GetProperty("is_staff").GetBoolean());
        Assert.True(user.GetProperty("is_active").GetBoolean());
        Assert.Equal("Dana", user.GetProperty("first_name").GetString());
    }

    [Fact]
    public async Task Login_of_a_user_whose_primary_membership_is_not_a_platform_customer_has_a_null_customer_id()
    {
        var (_, json) = await Client.PostBodyAsync("users/login/", PlatformClient.Json(new { email = "sam.okafor@example.com", password = "demo-password-4" }));

        Assert.Equal(JsonValueKind.Null, json.GetProperty("user").GetProperty("customer_id").ValueKind);
    }

    [Theory]
    [InlineData("dana.whitfield@example.com", "wrong-password")]
    [InlineData("olivia.grant@example.com", "demo-password-3")] // inactive
    [InlineData("nobody@example.com", "demo-password-1")]
    public async Task Login_refusals_all_look_alike(string email, string password)
    {
        var (status, json) = await Client.PostBodyAsync("users/login/", PlatformClient.Json(new { email, password }));

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("""{"success":false,"error":"Invalid email or password"}""", JsonSerializer.Serialize(json));
    }

    [Fact]
    public async Task Login_without_a_password_is_a_400()
    {
        var (status, json) = await Client.PostBodyAsync("users/login/", PlatformClient.Json(new { email = "dana.whitfield@example.com" }));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("Email and password are required", json.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Customers_lists_every_membership_with_integer_ids_and_roles()
    {
        var (status, json) = await Client.PostBodyAsync("users/customers/", PlatformClient.Body(PlatformClient.Dana, null));

        Assert.Equal(HttpStatusCode.OK, status);
        var results = json.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal([PlatformClient.Riverside, PlatformClient.Harbor], results.Select(c => c.GetProperty("id").GetInt64()));
        Assert.Equal(["owner", "billing"], results.Select(c => c.GetProperty("role").GetString()));
        Assert.Equal([true, false], results.Select(c => c.GetProperty("is_primary").GetBoolean()));
        Assert.All(results, c => Assert.False(string.IsNullOrEmpty(c.GetProperty("company_name").GetString())));
        Assert.All(results, c => Assert.False(string.IsNullOrEmpty(c.GetProperty("name").GetString())));
    }

    [Fact]
    public async Task A_practice_without_a_platform_customer_is_not_among_the_customers()
    {
        var (_, json) = await Client.PostBodyAsync("users/customers/", PlatformClient.Body(PlatformClient.Sam, null));

        // Sam's HTPI practices are Riverside and Lakeside; Lakeside has no Platform side, Harbor is his deactivated membership.
        Assert.Equal([PlatformClient.Riverside, PlatformClient.Harbor], json.GetProperty("results").EnumerateArray().Select(c => c.GetProperty("id").GetInt64()));
    }

    [Fact]
    public async Task Every_role_of_the_platform_appears_among_the_demo_logins()
    {
        var roles = new HashSet<string>();
        foreach (var user in new[] { PlatformClient.Dana, PlatformClient.Marco, PlatformClient.Sam })
        {
            var (_, json) = await Client.PostBodyAsync("users/customers/", PlatformClient.Body(user, null));
            roles.UnionWith(json.GetProperty("results").EnumerateArray().Select(c => c.GetProperty("role").GetString()!));
        }

        Assert.Equal(["billing", "owner", "tech", "viewer"], roles.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(PlatformClient.Dana, "2101:owner,2102:billing")]
    [InlineData(PlatformClient.Sam, "2101:viewer")] // the deactivated Harbor membership is not covered
    [InlineData(PlatformClient.Marco, "2103:tech")]
    public async Task Session_validation_answers_the_membership_hash_of_the_active_memberships(long userId, string memberships)
    {
        var expected = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(memberships))).ToLowerInvariant()[..16];
        var before = DateTimeOffset.UtcNow;

        var (status, json) = await Client.PostBodyAsync("users/session/validate/", PlatformClient.Body(userId, null));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(json.GetProperty("active").GetBoolean());
        Assert.Equal(expected, json.GetProperty("membership_hash").GetString());
        Assert.False(json.TryGetProperty("success", out _));
        var revokeBefore = json.GetProperty("revoke_before").GetString()!;
        Assert.EndsWith("+00:00", revokeBefore, StringComparison.Ordinal);
        var revoke = DateTimeOffset.Parse(revokeBefore, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(revoke, before.AddMinutes(10).AddSeconds(-1), DateTimeOffset.UtcNow.AddMinutes(10).AddSeconds(1));
    }

    [Theory]
    [InlineData("""{"user_id": 777777, "timestamp": NOW}""")]
    [InlineData("""{"user_id": 1043, "timestamp": NOW}""")]
    [InlineData("""{"user_id": 1041, "timestamp": "NOW"}""")]
    [InlineData("""{"timestamp": NOW}""")]
    public async Task Session_validation_failures_are_401_active_false(string template)
    {
        var now = (DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() / 1000.0).ToString("0.000", System.Globalization.CultureInfo.InvariantCulture);

        var (status, json) = await Client.PostBodyAsync("users/session/validate/", Encoding.UTF8.GetBytes(template.Replace("NOW", now, StringComparison.Ordinal)));

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("""{"active":false,"error":"Session validation failed"}""", JsonSerializer.Serialize(json));
    }

    [Fact]
    public async Task Customer_details_with_membership_probe_the_role()
    {
        var (status, json) = await Client.PostAsync("customers/details/", PlatformClient.Sam, PlatformClient.Riverside, new { include = new[] { "membership" } });
        var (_, single) = await Client.PostAsync("customers/details/", PlatformClient.Marco, PlatformClient.Summit, new { include = "membership" });
        var (_, plain) = await Client.PostAsync("customers/details/", PlatformClient.Dana, PlatformClient.Harbor);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("viewer", json.GetProperty("meta").GetProperty("membership").GetProperty("role").GetString());
        Assert.Equal("/api/billing/invoices/", json.GetProperty("meta").GetProperty("links").GetProperty("invoices").GetString());
        var customer = json.GetProperty("customer");
        Assert.Equal(PlatformClient.Riverside, customer.GetProperty("id").GetInt64());
        Assert.Equal("active", customer.GetProperty("status").GetString());
        Assert.Matches(DateShapes.Bucharest, customer.GetProperty("created_at").GetString());
        Assert.Equal("tech", single.GetProperty("meta").GetProperty("membership").GetProperty("role").GetString());
        Assert.False(plain.TryGetProperty("meta", out _));
    }

    [Fact]
    public async Task Profile_is_read_with_post_and_updated_with_a_signed_put()
    {
        var (readStatus, before) = await Client.PostBodyAsync("users/profile/", PlatformClient.Body(PlatformClient.Marco, null));
        var (putStatus, put) = await Client.SendForJsonAsync(Client.Signer.Create(
            Client.Url("users/profile/"), PlatformClient.Body(PlatformClient.Marco, null, new { phone = "+40 700 000 000", sms_notifications = true }), HttpMethod.Put));
        var (_, after) = await Client.PostBodyAsync("users/profile/", PlatformClient.Body(PlatformClient.Marco, null));

        Assert.Equal(HttpStatusCode.OK, readStatus);
        var profile = before.GetProperty("profile");
        Assert.Equal(PlatformClient.Marco, profile.GetProperty("id").GetInt64());
        Assert.Equal(string.Empty, profile.GetProperty("phone").GetString());
        Assert.Matches(DateShapes.Utc, profile.GetProperty("date_joined").GetString());
        Assert.Equal("Europe/Bucharest", profile.GetProperty("profile").GetProperty("timezone").GetString());
        Assert.False(profile.GetProperty("profile").GetProperty("sms_notifications").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, putStatus);
        Assert.Equal("""{"success":true,"message":"Profile updated successfully"}""", JsonSerializer.Serialize(put));
        Assert.Equal("+40 700 000 000", after.GetProperty("profile").GetProperty("phone").GetString());
        Assert.True(after.GetProperty("profile").GetProperty("profile").GetProperty("sms_notifications").GetBoolean());
        Assert.Equal("Marco", after.GetProperty("profile").GetProperty("first_name").GetString());
    }

    [Fact]
    public async Task Customer_users_lists_the_active_members_by_role_then_email()
    {
        var (status, json) = await Client.PostAsync("customers/users/", PlatformClient.Sam, PlatformClient.Riverside);
        var (_, harbor) = await Client.PostAsync("customers/users/", PlatformClient.Dana, PlatformClient.Harbor);

        Assert.Equal(HttpStatusCode.OK, status);
        var users = json.GetProperty("users").EnumerateArray().ToList();
        Assert.Equal([("billing", 1045L), ("owner", PlatformClient.Dana), ("viewer", PlatformClient.Sam)], users.Select(u => (u.GetProperty("role").GetString(), u.GetProperty("user_id").GetInt64())));
        Assert.All(users, u => Assert.Matches(DateShapes.Utc, u.GetProperty("created_at").GetString()));
        Assert.Equal([PlatformClient.Dana, 1046L], harbor.GetProperty("users").EnumerateArray().Select(u => u.GetProperty("user_id").GetInt64()));
    }

    [Fact]
    public async Task Customer_details_stats_count_what_the_contract_says()
    {
        var (_, json) = await Client.PostAsync("customers/details/", PlatformClient.Dana, PlatformClient.Riverside, new { include = new[] { "stats" } });
        var (_, services) = await Client.PostAsync("services/", PlatformClient.Dana, PlatformClient.Riverside, new { limit = 100, status = "active" });
        var (_, tickets) = await Client.PostAsync("tickets/", PlatformClient.Dana, PlatformClient.Riverside, new { limit = 100 });

        var stats = json.GetProperty("meta").GetProperty("stats");
        Assert.False(json.GetProperty("meta").TryGetProperty("membership", out _));
        Assert.Equal(services.GetProperty("data").GetProperty("pagination").GetProperty("total").GetInt32(), stats.GetProperty("services").GetInt32());
        var ticketStats = tickets.GetProperty("data").GetProperty("stats");
        Assert.Equal(ticketStats.GetProperty("open").GetInt32() + ticketStats.GetProperty("in_progress").GetInt32(), stats.GetProperty("open_tickets").GetInt32());
    }
}
