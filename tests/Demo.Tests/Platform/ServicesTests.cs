using System.Net;
using System.Text.Json;
using Portal.Demo.Tests.Infrastructure;

namespace Portal.Demo.Tests.Platform;

/// <summary>services as platform-api.md §7 and §2.2 describe them: no cents, floats and decimal strings in units, snapshots.</summary>
public sealed class ServicesTests(PlatformHostFixture fixture) : IClassFixture<PlatformHostFixture>
{
    private static readonly string[] Statuses = ["pending", "provisioning", "active", "suspended", "failed", "terminated", "expired"];
    private static readonly string[] Cycles = ["monthly", "quarterly", "semi_annual", "annual"];

    private PlatformClient Client => fixture.Client;

    [Fact]
    public async Task List_has_service_items_pagination_and_stats_inside_data()
    {
        var (status, json) = await Client.PostAsync("services/", PlatformClient.Dana, PlatformClient.Riverside, new { page = 1, limit = 100 });

        Assert.Equal(HttpStatusCode.OK, status);
        var data = json.GetProperty("data");
        Assert.Equal(["has_next", "has_previous", "limit", "page", "pages", "total"], Keys(data.GetProperty("pagination")));
        Assert.Equal(["active", "overdue", "pending", "suspended", "total"], Keys(data.GetProperty("stats")));
        var services = data.GetProperty("services").EnumerateArray().ToList();
        foreach (var service in services)
        {
            Assert.Matches(@"^\d+\.\d{2}$", service.GetProperty("price").GetString());
            Assert.Equal(JsonValueKind.Number, service.GetProperty("monthly_price").ValueKind);
            Assert.Equal("RON", service.GetProperty("currency_code").GetString());
            Assert.False(service.TryGetProperty("price_cents", out _));
            Assert.Contains(service.GetProperty("status").GetString(), Statuses);
            Assert.Contains(service.GetProperty("billing_cycle").GetString(), Cycles);
            Assert.Matches(DateShapes.Bucharest, service.GetProperty("created_at").GetString());
            if (service.GetProperty("next_billing_date").ValueKind != JsonValueKind.Null)
            {
                Assert.Matches(DateShapes.DateOnly, service.GetProperty("next_billing_date").GetString());
            }

            if (service.GetProperty("expires_at").ValueKind == JsonValueKind.Null)
            {
                Assert.Equal(999_999, service.GetProperty("days_until_expiry").GetInt32());
            }

            // server_name and server_ip are absent, never null, for a service without a server.
            Assert.Equal(service.TryGetProperty("server_name", out var name), service.TryGetProperty("server_ip", out _));
            Assert.True(!service.TryGetProperty("server_name", out _) || name.ValueKind == JsonValueKind.String);
        }

        Assert.Contains(services, s => !s.TryGetProperty("server_name", out _));
        Assert.Contains(services, s => s.TryGetProperty("server_name", out _));
        Assert.Contains(services, s => s.GetProperty("expires_at").ValueKind == JsonValueKind.Null);
    }

    [Fact]
    public async Task A_page_past_the_end_echoes_the_page_but_serves_the_last_one()
    {
        var (_, json) = await Client.PostAsync("services/", PlatformClient.Marco, PlatformClient.Summit, new { page = 9, limit = 2 });

        var data = json.GetProperty("data");
        var pagination = data.GetProperty("pagination");
        Assert.Equal(9, pagination.GetProperty("page").GetInt32());
        Assert.Equal(3, pagination.GetProperty("pages").GetInt32());
        Assert.Equal(1, data.GetProperty("services").GetArrayLength());
    }

    [Fact]
    public async Task Detail_has_the_service_and_usage_trends_with_its_plan_server_and_permissions()
    {
        var id = await FirstServiceIdAsync(PlatformClient.Marco, PlatformClient.Summit, "vps");

        var (status, json) = await Client.PostAsync($"services/{id}/", PlatformClient.Marco, PlatformClient.Summit);

        Assert.Equal(HttpStatusCode.OK, status);
        var data = json.GetProperty("data");
        Assert.Equal(["service", "usage_trends"], Keys(data));
        Assert.Equal(0, data.GetProperty("usage_trends").GetProperty("disk_usage_trend").GetArrayLength());
        var service = data.GetProperty("service");
        Assert.Equal(JsonValueKind.Number, service.GetProperty("total_monthly_cost").ValueKind);
        Assert.Equal(JsonValueKind.Number, service.GetProperty("vat_amount").ValueKind);
        Assert.Matches(@"^\d+\.\d{2}$", service.GetProperty("service_plan").GetProperty("price_monthly").GetString());
        Assert.Equal(JsonValueKind.Object, service.GetProperty("server").ValueKind);
        Assert.Equal(JsonValueKind.Object, service.GetProperty("permissions").ValueKind);
        foreach (var absent in new[] { "server_name", "server_ip", "service_plan_name", "is_active", "customer_cui", "customer_contact_email" })
        {
            Assert.False(service.TryGetProperty(absent, out _), absent);
        }
    }

    [Fact]
    public async Task Usage_is_a_snapshot_with_alerts_and_empty_trends_whatever_the_period()
    {
        var id = await FirstServiceIdAsync(PlatformClient.Dana, PlatformClient.Riverside, "backup");

        var (status, json) = await Client.PostAsync($"services/{id}/usage/", PlatformClient.Dana, PlatformClient.Riverside, new { period = "banana" });

        Assert.Equal(HttpStatusCode.OK, status);
        var usage = json.GetProperty("data").GetProperty("usage");
        var current = usage.GetProperty("current_usage");
        Assert.Equal(JsonValueKind.Number, current.GetProperty("disk_usage_gb").ValueKind);
        Assert.Equal(JsonValueKind.Number, current.GetProperty("disk_usage_percentage").ValueKind);
        var history = usage.GetProperty("historical_usage");
        Assert.Equal("banana", history.GetProperty("period").GetString());
        Assert.Equal(0, history.GetProperty("disk_usage_trend").GetArrayLength());
        Assert.Equal(0, history.GetProperty("bandwidth_usage_trend").GetArrayLength());
        var alerts = usage.GetProperty("alerts").EnumerateArray().ToList();
        Assert.NotEmpty(alerts);
        Assert.All(alerts, alert =>
        {
            Assert.Equal("warning", alert.GetProperty("type").GetString());
            Assert.Contains(alert.GetProperty("resource").GetString(), new[] { "disk", "bandwidth" });
        });
    }

    [Fact]
    public async Task Summary_counts_as_the_contract_says()
    {
        var (status, json) = await Client.PostAsync("services/summary/", PlatformClient.Dana, PlatformClient.Riverside);
        var (_, list) = await Client.PostAsync("services/", PlatformClient.Dana, PlatformClient.Riverside, new { limit = 100 });

        Assert.Equal(HttpStatusCode.OK, status);
        var summary = json.GetProperty("data").GetProperty("summary");
        var services = list.GetProperty("data").GetProperty("services").EnumerateArray().ToList();
        Assert.Equal(services.Count, summary.GetProperty("total_services").GetInt32());
        Assert.Equal(services.Count(s => s.GetProperty("status").GetString() == "active"), summary.GetProperty("active_services").GetInt32());
        Assert.Equal(services.Count(s => s.GetProperty("is_overdue").GetBoolean()), summary.GetProperty("overdue").GetInt32());
        Assert.Equal(Statuses.Order(StringComparer.Ordinal), Keys(summary.GetProperty("status_counts")));
        Assert.Equal(JsonValueKind.Number, summary.GetProperty("total_monthly_cost").ValueKind);
        Assert.Equal(
            Math.Round(services.Where(s => s.GetProperty("status").GetString() == "active").Sum(s => s.GetProperty("monthly_price").GetDecimal()), 2),
            Math.Round(summary.GetProperty("total_monthly_cost").GetDecimal(), 2));
        Assert.InRange(summary.GetProperty("recent_services").GetArrayLength(), 1, 5);
        Assert.All(summary.GetProperty("service_types").EnumerateObject(), type => Assert.DoesNotContain("_", type.Name, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Auto_renew_coerces_by_truthiness()
    {
        var id = await FirstServiceIdAsync(PlatformClient.Sam, PlatformClient.Riverside, "shared_hosting", "active");

        var (offStatus, off) = await Client.PostAsync($"services/{id}/auto-renew/", PlatformClient.Sam, PlatformClient.Riverside, new { auto_renew = false });
        var (_, text) = await Client.PostAsync($"services/{id}/auto-renew/", PlatformClient.Sam, PlatformClient.Riverside, new { auto_renew = "false" });
        var (missingStatus, missing) = await Client.PostAsync($"services/{id}/auto-renew/", PlatformClient.Sam, PlatformClient.Riverside);

        Assert.Equal(HttpStatusCode.OK, offStatus);
        Assert.False(off.GetProperty("data").GetProperty("service").GetProperty("auto_renew").GetBoolean());
        Assert.Equal("Auto-renew disabled successfully", off.GetProperty("data").GetProperty("message").GetString());
        Assert.True(text.GetProperty("data").GetProperty("service").GetProperty("auto_renew").GetBoolean());
        Assert.Equal(HttpStatusCode.BadRequest, missingStatus);
        Assert.Equal("auto_renew field is required", missing.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Auto_renew_of_a_terminated_service_is_refused()
    {
        var id = await FirstServiceIdAsync(PlatformClient.Dana, PlatformClient.Riverside, "shared_hosting", "terminated");

        var (status, json) = await Client.PostAsync($"services/{id}/auto-renew/", PlatformClient.Dana, PlatformClient.Riverside, new { auto_renew = true });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("Auto-renew cannot be modified for this service status", json.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Another_customers_service_is_not_found()
    {
        var id = await FirstServiceIdAsync(PlatformClient.Marco, PlatformClient.Summit, "vps");

        var (status, json) = await Client.PostAsync($"services/{id}/", PlatformClient.Dana, PlatformClient.Riverside);

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("""{"success":false,"error":"Service not found or access denied"}""", JsonSerializer.Serialize(json));
    }

    [Fact]
    public async Task Plans_are_a_signed_get_with_decimal_string_prices()
    {
        var (status, json) = await Client.GetAsync("services/plans/?plan_type=vps");

        Assert.Equal(HttpStatusCode.OK, status);
        var plans = json.GetProperty("data").GetProperty("plans").EnumerateArray().ToList();
        Assert.Equal(["Managed VPS M", "Managed VPS L"], plans.Select(p => p.GetProperty("name").GetString()));
        Assert.All(plans, plan => Assert.Equal("vps", plan.GetProperty("plan_type").GetString()));
        Assert.Matches(@"^\d+\.\d{2}$", plans[0].GetProperty("price_monthly").GetString());
        Assert.Equal(JsonValueKind.Number, plans[0].GetProperty("monthly_equivalent").GetProperty("annual").ValueKind);
        Assert.Contains("4 CPU cores", plans[0].GetProperty("feature_summary").EnumerateArray().Select(f => f.GetString()));
    }

    [Fact]
    public async Task Every_plan_type_a_service_is_on_has_another_public_plan_and_one_plan_is_sold_monthly_only()
    {
        var (_, services) = await Client.PostAsync("services/", PlatformClient.Dana, PlatformClient.Riverside, new { limit = 100 });
        var (_, all) = await Client.GetAsync("services/plans/");

        var plans = all.GetProperty("data").GetProperty("plans").EnumerateArray().ToList();
        foreach (var service in services.GetProperty("data").GetProperty("services").EnumerateArray().Where(s => s.GetProperty("status").GetString() == "active"))
        {
            var type = service.GetProperty("service_plan_type").GetString();
            var name = service.GetProperty("service_plan_name").GetString();
            Assert.Contains(plans, p => p.GetProperty("plan_type").GetString() == type && p.GetProperty("name").GetString() != name);
        }

        Assert.Contains(plans, p => p.GetProperty("price_quarterly").ValueKind == JsonValueKind.Null && p.GetProperty("price_annual").ValueKind == JsonValueKind.Null);
        Assert.DoesNotContain(plans, p => p.GetProperty("name").GetString() == "Starter Hosting (legacy)");
    }

    private async Task<long> FirstServiceIdAsync(long userId, long customerId, string type, string? status = null)
    {
        var (_, json) = await Client.PostAsync("services/", userId, customerId, new { limit = 100, service_type = type });
        return json.GetProperty("data").GetProperty("services").EnumerateArray()
            .First(s => status is null || s.GetProperty("status").GetString() == status)
            .GetProperty("id").GetInt64();
    }

    private static List<string> Keys(JsonElement element) => element.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToList();
}
