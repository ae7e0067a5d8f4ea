using System.Net;
using System.Text.Json;
using Portal.Demo.Tests.Infrastructure;

namespace Portal.Demo.Tests.Platform;

/// <summary>
/// The identity checks and the customer-membership rule of platform-api.md §1.3, in their order, with their statuses and
/// bodies; the body <c>timestamp</c> rules of §1.1.
/// </summary>
public sealed class MembershipRuleTests(PlatformHostFixture fixture) : IClassFixture<PlatformHostFixture>
{
    private const string Endpoint = "billing/summary/";

    private PlatformClient Client => fixture.Client;

    [Fact]
    public async Task Non_member_gets_403_access_denied_with_no_store_headers()
    {
        using var request = Client.Signer.Create(Client.Url(Endpoint), PlatformClient.Body(PlatformClient.Marco, PlatformClient.Riverside));
        using var response = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("""{"success":false,"error":"Access denied"}""", await response.Content.ReadAsStringAsync());
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Contains("no-cache", response.Headers.Pragma.Select(p => p.Name));
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task Deactivated_membership_gets_403_though_the_customer_list_still_shows_it()
    {
        var (status, json) = await Client.PostAsync(Endpoint, PlatformClient.Sam, PlatformClient.Harbor);
        var (_, customers) = await Client.PostBodyAsync("users/customers/", PlatformClient.Body(PlatformClient.Sam, null));

        Assert.Equal(HttpStatusCode.Forbidden, status);
        AssertBody(json, "Access denied");
        var harbor = customers.GetProperty("results").EnumerateArray().Single(c => c.GetProperty("id").GetInt64() == PlatformClient.Harbor);
        Assert.Equal("billing", harbor.GetProperty("role").GetString());
        Assert.False(harbor.TryGetProperty("is_active", out _));
    }

    [Theory]
    [InlineData(999_999)]
    [InlineData(0)]
    public async Task Unknown_customer_gets_403(long customerId)
    {
        var (status, json) = await Client.PostAsync(Endpoint, PlatformClient.Dana, customerId);

        Assert.Equal(HttpStatusCode.Forbidden, status);
        AssertBody(json, "Access denied");
    }

    [Fact]
    public async Task Non_numeric_customer_id_gets_403()
    {
        var body = PlatformClient.Json(new { user_id = PlatformClient.Dana, customer_id = "tnt-riverside", timestamp = NowNumber() });

        var (status, json) = await Client.PostBodyAsync(Endpoint, body);

        Assert.Equal(HttpStatusCode.Forbidden, status);
        AssertBody(json, "Access denied");
    }

    [Theory]
    [InlineData(PlatformClient.Olivia)] // inactive
    [InlineData(777_777)] // unknown
    public async Task Inactive_or_unknown_user_of_an_active_customer_gets_401(long userId)
    {
        var (status, json) = await Client.PostAsync(Endpoint, userId, PlatformClient.Riverside);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        AssertBody(json, "Authentication required");
    }

    [Fact]
    public async Task Customer_is_checked_before_the_user()
    {
        var (status, json) = await Client.PostAsync(Endpoint, 777_777, 999_999);

        Assert.Equal(HttpStatusCode.Forbidden, status);
        AssertBody(json, "Access denied");
    }

    [Theory]
    [InlineData(PlatformClient.Dana, PlatformClient.Riverside)] // owner
    [InlineData(PlatformClient.Dana, PlatformClient.Harbor)] // billing
    [InlineData(PlatformClient.Marco, PlatformClient.Summit)] // tech
    [InlineData(PlatformClient.Sam, PlatformClient.Riverside)] // viewer
    public async Task Any_role_passes(long userId, long customerId)
    {
        var (status, _) = await Client.PostAsync(Endpoint, userId, customerId);

        Assert.Equal(HttpStatusCode.OK, status);
    }

    [Fact]
    public async Task Numeric_string_ids_are_accepted()
    {
        var body = PlatformClient.Json(new { user_id = "1041", customer_id = "2101", timestamp = NowNumber() });

        Assert.Equal(HttpStatusCode.OK, (await Client.PostBodyAsync(Endpoint, body)).Status);
    }

    public static TheoryData<string> BadBodies => new()
    {
        """{"user_id": 1041, "customer_id": 2101, "timestamp": "NOW"}""", // a string timestamp
        """{"user_id": 1041, "customer_id": 2101, "timestamp": 0}""",
        """{"user_id": 1041, "customer_id": 2101, "timestamp": STALE}""",
        """{"user_id": 1041, "customer_id": 2101, "timestamp": AHEAD}""", // 3 s in the future
        """{"user_id": 1041, "customer_id": 2101}""",
        """{"customer_id": 2101, "timestamp": NOW}""",
        """{"user_id": 1041, "timestamp": NOW}""",
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task Missing_ids_or_a_timestamp_that_is_not_a_fresh_number_get_400(string template)
    {
        var body = System.Text.Encoding.UTF8.GetBytes(template
            .Replace("\"NOW\"", "\"" + Now() + "\"", StringComparison.Ordinal)
            .Replace("NOW", Now(), StringComparison.Ordinal)
            .Replace("STALE", Now(-400), StringComparison.Ordinal)
            .Replace("AHEAD", Now(30), StringComparison.Ordinal));

        var (status, json) = await Client.PostBodyAsync(Endpoint, body);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        AssertBody(json, "Invalid request format");
    }

    [Fact]
    public async Task Body_not_sent_as_json_is_not_read()
    {
        var body = PlatformClient.Body(PlatformClient.Dana, PlatformClient.Riverside);

        var (status, json) = await Client.SendForJsonAsync(Client.Signer.Create(Client.Url(Endpoint), body, contentType: "text/plain"));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        AssertBody(json, "Invalid request format");
    }

    [Fact]
    public async Task User_scoped_call_refuses_an_unknown_user_with_403()
    {
        var (status, json) = await Client.PostBodyAsync("users/customers/", PlatformClient.Body(777_777, null));

        Assert.Equal(HttpStatusCode.Forbidden, status);
        AssertBody(json, "Access denied");
    }

    private static double NowNumber() => DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() / 1000.0;

    private static string Now(int secondsAhead = 0) =>
        (DateTimeOffset.UtcNow.AddSeconds(secondsAhead).ToUnixTimeMilliseconds() / 1000.0).ToString("0.000", System.Globalization.CultureInfo.InvariantCulture);

    private static void AssertBody(JsonElement json, string error) =>
        Assert.Equal($$"""{"success":false,"error":"{{error}}"}""", JsonSerializer.Serialize(json));
}
