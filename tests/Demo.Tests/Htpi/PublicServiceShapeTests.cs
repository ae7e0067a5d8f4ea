using System.Text.Json;
using Portal.Demo.Tests.Infrastructure;

namespace Portal.Demo.Tests.Htpi;

/// <summary>
/// The shapes of the public services' answers ("How the public HTPI services really behave", "Tenants and users that are
/// also Platform customers and users", "Ending a sign-in"): tenant ids as strings, tenants without domain or role, the
/// Platform links, the Claim.MD secret, "$123,456" totals, zone-less timestamps, no authorisation.
/// </summary>
public sealed class PublicServiceShapeTests(HtpiHostFixture fixture) : IClassFixture<HtpiHostFixture>
{
    [Fact]
    public async Task Login_answers_tenant_ids_as_strings_and_the_platform_user_id()
    {
        await using var wire = await HtpiWire.ConnectAsync(fixture.NatsUrl);

        var answer = await wire.AskAsync("htpi.auth.login", "auth", new { email = "dana.whitfield@example.com", password = "demo-password-1" });

        Assert.True(answer.GetProperty("success").GetBoolean());
        var user = answer.GetProperty("user");
        Assert.Equal(["tnt-riverside", "tnt-harbor"], user.GetProperty("tenants").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(JsonValueKind.Number, user.GetProperty("platform_user_id").ValueKind);
        Assert.Equal(PlatformClient.Dana, user.GetProperty("platform_user_id").GetInt64());
        Assert.Equal(3, answer.GetProperty("token").GetString()!.Split('.').Length);
    }

    [Theory]
    [InlineData("olivia.grant@example.com", "demo-password-3")]
    [InlineData("dana.whitfield@example.com", "demo-password-2")]
    public async Task Login_refusals_carry_no_token(string email, string password)
    {
        await using var wire = await HtpiWire.ConnectAsync(fixture.NatsUrl);

        var answer = await wire.AskAsync("htpi.auth.login", "auth", new { email, password });

        Assert.False(answer.GetProperty("success").GetBoolean());
        Assert.False(answer.TryGetProperty("token", out _));
    }

    [Fact]
    public async Task Verify_answers_the_platform_user_id_and_a_logout_ends_only_that_token()
    {
        await using var wire = await HtpiWire.ConnectAsync(fixture.NatsUrl);
        var ended = await wire.LoginAsync("marco.alvarez@example.com", "demo-password-2");
        var other = await wire.LoginAsync("marco.alvarez@example.com", "demo-password-2");

        var verified = await wire.AskAsync("htpi.auth.verify", null, new { token = ended }, ended);
        var logout = await wire.AskAsync("htpi.auth.logout", null, new { token = ended }, ended);
        var afterwards = await wire.AskAsync("htpi.auth.verify", null, new { token = ended }, ended);
        var stillGood = await wire.AskAsync("htpi.auth.verify", null, new { token = other }, other);

        Assert.True(verified.GetProperty("valid").GetBoolean());
        Assert.Equal("usr-marco-alvarez", verified.GetProperty("user_id").GetString());
        Assert.Equal(PlatformClient.Marco, verified.GetProperty("platform_user_id").GetInt64());
        Assert.True(logout.GetProperty("success").GetBoolean());
        Assert.False(afterwards.GetProperty("valid").GetBoolean());
        Assert.True(stillGood.GetProperty("valid").GetBoolean());
    }

    [Fact]
    public async Task Tenants_carry_no_domain_or_role_and_link_to_platform_customers_in_their_settings()
    {
        await using var wire = await HtpiWire.ConnectAsync(fixture.NatsUrl);

        var answer = await wire.AskAsync("htpi.tenant.list.for.user", "tenants", new { userId = "usr-sam-okafor", userEmail = "sam.okafor@example.com", requestType = "list" });

        var tenants = answer.GetProperty("tenants").EnumerateArray().ToDictionary(t => t.GetProperty("id").GetString()!);
        Assert.Equal(["tnt-lakeside", "tnt-riverside"], tenants.Keys.Order(StringComparer.Ordinal));
        Assert.All(tenants.Values, tenant =>
        {
            Assert.False(tenant.TryGetProperty("domain", out _));
            Assert.False(tenant.TryGetProperty("role", out _));
            Assert.Matches(DateShapes.ZoneLess, tenant.GetProperty("created_at").GetString());
            var account = tenant.GetProperty("settings").GetProperty("claimmd_accounts")[0];
            Assert.False(string.IsNullOrEmpty(account.GetProperty("api_key").GetString()));
        });
        var link = tenants["tnt-riverside"].GetProperty("settings").GetProperty("platform_customer_id");
        Assert.Equal(JsonValueKind.Number, link.ValueKind);
        Assert.Equal(PlatformClient.Riverside, link.GetInt64());
        Assert.False(tenants["tnt-lakeside"].GetProperty("settings").TryGetProperty("platform_customer_id", out _));
    }

    [Fact]
    public async Task Tenant_get_answers_one_tenant()
    {
        await using var wire = await HtpiWire.ConnectAsync(fixture.NatsUrl);

        var answer = await wire.AskAsync("htpi.tenant.get", "tenant", new { tenantId = "tnt-summit" });

        Assert.Equal("Summit Orthopedics", answer.GetProperty("tenant").GetProperty("name").GetString());
        Assert.Equal(PlatformClient.Summit, answer.GetProperty("tenant").GetProperty("settings").GetProperty("platform_customer_id").GetInt64());
    }

    [Fact]
    public async Task Verify_access_trusts_the_user_id_it_is_sent()
    {
        await using var wire = await HtpiWire.ConnectAsync(fixture.NatsUrl);

        var own = await wire.AskAsync("htpi.tenant.verify.access", null, new { userId = "usr-marco-alvarez", tenantId = "tnt-summit" });
        var other = await wire.AskAsync("htpi.tenant.verify.access", null, new { userId = "usr-marco-alvarez", tenantId = "tnt-riverside" });
        var deactivated = await wire.AskAsync("htpi.tenant.verify.access", null, new { userId = "usr-sam-okafor", tenantId = "tnt-harbor" });

        Assert.True(own.GetProperty("hasAccess").GetBoolean());
        Assert.Equal("usr-marco-alvarez", own.GetProperty("userId").GetString());
        Assert.Equal("tnt-summit", own.GetProperty("tenantId").GetString());
        Assert.False(other.GetProperty("hasAccess").GetBoolean());
        Assert.False(deactivated.GetProperty("hasAccess").GetBoolean());
    }

    [Fact]
    public async Task Dashboard_serves_any_tenant_with_a_formatted_claims_total_and_zone_less_times()
    {
        await using var wire = await HtpiWire.ConnectAsync(fixture.NatsUrl);

        var stats = await wire.AskAsync("htpi.dashboard.get.stats", "dashboard", new { tenantId = "tnt-harbor" });
        var activity = await wire.AskAsync("htpi.dashboard.get.activity", "dashboard", new { tenantId = "tnt-harbor" });
        var alerts = await wire.AskAsync("htpi.dashboard.get.alerts", "dashboard", new { tenantId = "tnt-harbor" });

        Assert.Equal("tnt-harbor", stats.GetProperty("tenantId").GetString());
        Assert.Equal(66, stats.GetProperty("stats").GetProperty("patients").GetProperty("total").GetInt32());
        Assert.Matches(@"^\$\d{1,3}(,\d{3})*$", stats.GetProperty("stats").GetProperty("claims").GetProperty("total_amount").GetString());
        Assert.All(activity.GetProperty("activities").EnumerateArray(), a => Assert.Matches(DateShapes.ZoneLess, a.GetProperty("timestamp").GetString()));
        Assert.All(alerts.GetProperty("alerts").EnumerateArray(), a => Assert.Matches(DateShapes.ZoneLess, a.GetProperty("timestamp").GetString()));
        Assert.NotEqual(0, activity.GetProperty("activities").GetArrayLength());
    }
}
