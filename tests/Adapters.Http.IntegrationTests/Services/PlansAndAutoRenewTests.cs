using Microsoft.AspNetCore.Http;
using Portal.Adapters.Http.IntegrationTests.Infrastructure;
using Portal.Application.Common.Exceptions;
using Portal.Application.Services.Ports;
using Portal.Domain.Common;
using Portal.Domain.Services;

namespace Portal.Adapters.Http.IntegrationTests.Services;

/// <summary><c>services/plans/</c> and <c>services/{id}/auto-renew/</c> against answers shaped as platform-api.md §7 says.</summary>
public sealed class PlansAndAutoRenewTests : PlatformTestBase
{
    private const string PlansJson = """
        {"success": true, "data": {"plans": [
          {"id": 4, "name": "Managed VPS M", "plan_type": "vps", "plan_type_display": "VPS", "description": "4 cores, 8 GB RAM",
           "price_monthly": "219.00", "price_quarterly": "639.00", "price_annual": "2390.00", "setup_fee": "99.00",
           "monthly_equivalent": {"monthly": 219.0, "quarterly": 213.0, "annual": 199.17}, "quarterly_savings": 18.0, "annual_savings": 238.0,
           "disk_space_gb": 160, "bandwidth_gb": 4000, "email_accounts": 0, "databases": 20, "domains": 10, "cpu_cores": 4, "ram_gb": 8,
           "feature_summary": ["4 CPU cores", "8 GB RAM", ""], "is_active": true, "is_public": true, "sort_order": 1},
          {"id": 12, "name": "Managed VPS L", "plan_type": "vps", "plan_type_display": "VPS", "description": "",
           "price_monthly": "389.00", "price_quarterly": null, "price_annual": null, "setup_fee": "0.00",
           "monthly_equivalent": {"monthly": 389.0, "quarterly": 389.0, "annual": 389.0}, "quarterly_savings": 0, "annual_savings": 0,
           "disk_space_gb": null, "bandwidth_gb": null, "email_accounts": null, "databases": null, "domains": null, "cpu_cores": 8, "ram_gb": null,
           "is_active": true, "is_public": true, "sort_order": 2},
          {"id": 13, "name": "", "plan_type": "vps", "price_monthly": "1.00"}, null]}}
        """;

    private IServiceCatalog Catalog => Portal.Get<IServiceCatalog>();

    [Fact]
    public async Task Plans_are_a_signed_GET_of_every_type_without_a_query_or_an_identity()
    {
        Platform.OnJson("services/plans/", PlansJson);

        await Catalog.ListPlansAsync(ScopeFor(Portal), CancellationToken.None);

        var request = Assert.Single(Platform.Requests);
        Assert.True(request.Accepted, request.Refusal);
        Assert.Equal(("GET", "/api/services/plans/"), (request.Method, request.RawTarget));
        Assert.Empty(request.Body);
    }

    [Fact]
    public async Task Plan_prices_are_decimal_strings_quarterly_and_annual_may_be_null_and_a_plan_without_a_name_or_a_null_one_is_left_out()
    {
        Platform.OnJson("services/plans/", PlansJson);

        var plans = await Catalog.ListPlansAsync(ScopeFor(Portal), CancellationToken.None);

        Assert.Equal(["Managed VPS M", "Managed VPS L"], plans.Select(p => p.Name));
        var medium = plans[0];
        Assert.Equal(("4", "vps", "4 cores, 8 GB RAM"), (medium.Id, medium.PlanType, medium.Description));
        Assert.Equal(new Money(21_900, "EUR"), medium.MonthlyPrice);
        Assert.Equal(new Money(63_900, "EUR"), medium.QuarterlyPrice);
        Assert.Equal(new Money(239_000, "EUR"), medium.AnnualPrice);
        Assert.Equal(new Money(9_900, "EUR"), medium.SetupFee);
        Assert.Equal((160, 4000, 0, 20, 10, 4, 8), (medium.DiskSpaceGb, medium.BandwidthGb, medium.EmailAccounts, medium.Databases, medium.Domains, medium.CpuCores, medium.RamGb));
        Assert.Equal(["4 CPU cores", "8 GB RAM"], medium.Features);
        var large = plans[1];
        Assert.Null(large.QuarterlyPrice);
        Assert.Null(large.AnnualPrice);
        Assert.Null(large.Description);
        Assert.Null(large.DiskSpaceGb);
        Assert.Empty(large.Features);
    }

    /// <summary>
    /// A limit's or a price's null says "no limit" or "not offered", so one that does not read as a number cannot be
    /// taken for null, as other unreadable numbers are: the answer is malformed rather than showing what was not said.
    /// </summary>
    [Theory]
    [InlineData("\"disk_space_gb\": 160", "\"disk_space_gb\": \"N/A\"")]
    [InlineData("\"ram_gb\": 8", "\"ram_gb\": 0.5")]
    [InlineData("\"price_annual\": \"2390.00\"", "\"price_annual\": \"ask us\"")]
    [InlineData("\"price_monthly\": \"219.00\"", "\"price_monthly\": \"N/A\"")]
    [InlineData("\"setup_fee\": \"99.00\"", "\"setup_fee\": \"\"")]
    public async Task A_limit_or_cycle_price_that_is_no_number_is_malformed_never_unlimited_or_not_sold(string given, string unreadable)
    {
        Platform.OnJson("services/plans/", PlansJson.Replace(given, unreadable, StringComparison.Ordinal));

        var error = await Assert.ThrowsAsync<BackendUnavailableException>(() => Catalog.ListPlansAsync(ScopeFor(Portal), CancellationToken.None));

        Assert.Contains("malformed answer", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plans_of_a_tenant_without_a_Platform_customer_are_not_asked_for()
    {
        var scope = ScopeFor(Portal) with { Platform = null };

        await Assert.ThrowsAsync<NotFoundException>(() => Catalog.ListPlansAsync(scope, CancellationToken.None));
        Assert.Empty(Platform.Requests);
    }

    [Theory]
    [InlineData(true, "true")]
    [InlineData(false, "false")]
    public async Task Auto_renew_is_sent_as_a_JSON_boolean_never_a_string(bool autoRenew, string expected)
    {
        Platform.OnJson("services/17/auto-renew/", """{"success": true, "data": {"service": {"id": 17}, "message": "Auto-renew disabled successfully"}}""");

        await Catalog.SetAutoRenewAsync(ScopeFor(Portal), new ServiceId("17"), autoRenew, CancellationToken.None);

        var request = Assert.Single(Platform.Requests);
        AssertScopedPost(request, "/api/services/17/auto-renew/");
        Assert.Contains("\"auto_renew\":" + expected, request.BodyText, StringComparison.Ordinal);
        Assert.Equal(autoRenew ? System.Text.Json.JsonValueKind.True : System.Text.Json.JsonValueKind.False, request.Json.GetProperty("auto_renew").ValueKind);
    }

    [Fact]
    public async Task The_Platforms_refusal_for_the_services_status_is_a_rejection_with_its_reason()
    {
        Platform.OnJson(
            "services/17/auto-renew/",
            """{"success": false, "error": "Auto-renew cannot be modified for this service status"}""",
            StatusCodes.Status400BadRequest);

        var error = await Assert.ThrowsAsync<RequestRejectedException>(
            () => Catalog.SetAutoRenewAsync(ScopeFor(Portal), new ServiceId("17"), true, CancellationToken.None));

        Assert.Equal("Auto-renew cannot be modified for this service status", error.Message);
    }

    [Fact]
    public async Task The_switch_is_sent_once_even_after_a_503()
    {
        Platform.On("services/17/auto-renew/", (context, _) =>
        {
            context.Response.Headers.RetryAfter = "0";
            return FakePlatform.WriteJsonAsync(context, """{"success": false}""", StatusCodes.Status503ServiceUnavailable);
        });

        await Assert.ThrowsAsync<BackendUnavailableException>(
            () => Catalog.SetAutoRenewAsync(ScopeFor(Portal), new ServiceId("17"), false, CancellationToken.None));

        Assert.Single(Platform.Requests);
    }

    [Fact]
    public async Task A_service_detail_names_its_plan_and_the_plans_type()
    {
        Platform.OnJson("services/17/", """
            {"success": true, "data": {"service": {"id": 17, "service_name": "Hosting Pro", "status": "active", "billing_cycle": "monthly",
             "price": "29.99", "auto_renew": true, "currency_code": "RON",
             "service_plan": {"id": 3, "name": "Pro 50", "plan_type": "shared_hosting", "price_monthly": "29.99"}}}}
            """);

        var detail = await Catalog.GetAsync(ScopeFor(Portal), new ServiceId("17"), CancellationToken.None);

        Assert.Equal(("3", "shared_hosting"), (detail.PlanId, detail.PlanType));
        Assert.True(detail.AutoRenewSwitchable);
    }
}
