using Portal.Adapters.Http.IntegrationTests.Infrastructure;
using Portal.Application.Common.Exceptions;
using Portal.Application.Services.Ports;
using Portal.Domain.Common;
using Portal.Domain.Services;

namespace Portal.Adapters.Http.IntegrationTests.Services;

public sealed class ServiceCatalogTests : PlatformTestBase
{
    private const string ServiceJson = """
        {"id": 17, "service_name": "Hosting Pro", "domain": "limadental.example", "status": "active", "billing_cycle": "semi_annually",
         "price": "2990", "auto_renew": true, "expires_at": "2027-03-01T00:00:00Z", "disk_usage_gb": 12.5,
         "plan_name": "Pro 50", "next_billing_date": "2027-02-01", "created_at": "2025-03-01T08:00:00Z",
         "disk_quota_gb": 50, "bandwidth_usage_gb": "120.25", "bandwidth_quota_gb": null}
        """;

    private IServiceCatalog Catalog => Portal.Get<IServiceCatalog>();

    [Fact]
    public async Task Services_pass_paging_and_filters_through_and_map_the_list()
    {
        Platform.OnJson("services/", $$$"""
            {"success": true, "data": {"services": [{{{ServiceJson}}}, {"id": "dom-9", "service_name": "example.org", "domain": "", "status": "frozen",
              "billing_cycle": "annually", "price": 1200, "currency": "usd", "auto_renew": false, "expires_at": null, "disk_usage_gb": 0}],
              "pagination": {"page": 3, "limit": 2, "total": 9, "pages": 5, "has_next": true, "has_previous": true} } }
            """);

        var page = await Catalog.ListAsync(
            ScopeFor(Portal), new ServiceFilter(ServiceStatus.Active, "shared_hosting"), new PageRequest(3, 2), CancellationToken.None);

        var request = Assert.Single(Platform.Requests);
        AssertScopedPost(request, "/api/services/");
        Assert.Equal((3, 2), (request.Json.GetProperty("page").GetInt32(), request.Json.GetProperty("limit").GetInt32()));
        Assert.Equal("active", request.Json.GetProperty("status").GetString());
        Assert.Equal("shared_hosting", request.Json.GetProperty("service_type").GetString());
        Assert.Equal((3, 2, 9, 5, true, true), (page.Number, page.Size, page.TotalItems, page.TotalPages, page.HasNext, page.HasPrevious));
        Assert.Collection(
            page.Items,
            hosting =>
            {
                Assert.Equal(new ServiceId("17"), hosting.Id);
                Assert.Equal(("Hosting Pro", "limadental.example"), (hosting.Name, hosting.Domain));
                Assert.Equal((ServiceStatus.Active, BillingCycle.SemiAnnually), (hosting.Status, hosting.BillingCycle));
                Assert.Equal(new Money(2990, "EUR"), hosting.Price);
                Assert.True(hosting.AutoRenew);
                Assert.Equal(new DateTimeOffset(2027, 3, 1, 0, 0, 0, TimeSpan.Zero), hosting.ExpiresAt);
                Assert.Equal(12.5m, hosting.DiskUsageGb);
            },
            domain =>
            {
                Assert.Null(domain.Domain);
                Assert.Equal(ServiceStatus.Unknown, domain.Status);
                Assert.Equal(new Money(1200, "USD"), domain.Price);
                Assert.Null(domain.ExpiresAt);
            });
    }

    [Fact]
    public async Task A_service_maps_its_detail()
    {
        Platform.OnJson("services/17/", $$$"""{"success": true, "data": {"service": {{{ServiceJson}}}}}""");

        var detail = await Catalog.GetAsync(ScopeFor(Portal), new ServiceId("17"), CancellationToken.None);

        AssertScopedPost(Assert.Single(Platform.Requests), "/api/services/17/");
        Assert.Equal(new ServiceId("17"), detail.Id);
        Assert.Equal("Pro 50", detail.PlanName);
        Assert.Equal(new DateOnly(2027, 2, 1), detail.NextBillingDate);
        Assert.Equal(new DateTimeOffset(2025, 3, 1, 8, 0, 0, TimeSpan.Zero), detail.CreatedAt);
        Assert.Equal((50m, 120.25m, (decimal?)null), (detail.DiskQuotaGb, detail.BandwidthUsageGb, detail.BandwidthQuotaGb));
    }

    [Theory]
    [InlineData(UsagePeriod.Last7Days, "7d")]
    [InlineData(UsagePeriod.Last30Days, "30d")]
    [InlineData(UsagePeriod.Last90Days, "90d")]
    public async Task Usage_asks_for_the_period_and_answers_the_days_in_order(UsagePeriod period, string wire)
    {
        Platform.OnJson("services/17/usage/", """
            {"success": true, "data": {"usage": [
              {"date": "2026-11-21", "bandwidth_gb": 1.5, "disk_gb": 12.5, "requests": 4000},
              {"date": "2026-11-20", "bandwidth_gb": "2.25", "disk_gb": 12.4, "requests": null}]}}
            """);

        var usage = await Catalog.GetUsageAsync(ScopeFor(Portal), new ServiceId("17"), period, CancellationToken.None);

        var request = Assert.Single(Platform.Requests);
        AssertScopedPost(request, "/api/services/17/usage/");
        Assert.Equal(wire, request.Json.GetProperty("period").GetString());
        Assert.Equal(period, usage.Period);
        Assert.Collection(
            usage.Points,
            day => Assert.Equal((new DateOnly(2026, 11, 20), 2.25m, 12.4m, (long?)null), (day.Day, day.BandwidthGb, day.DiskGb, day.Requests)),
            day => Assert.Equal((new DateOnly(2026, 11, 21), 1.5m, 12.5m, (long?)4000), (day.Day, day.BandwidthGb, day.DiskGb, day.Requests)));
    }

    [Fact]
    public async Task The_summary_maps_counts_and_the_monthly_cost()
    {
        Platform.OnJson("services/summary/", """
            {"success": true, "data": {"summary": {"total_services": 5, "active_services": 3, "suspended_services": 1, "pending_services": 1,
              "overdue": 1, "expiring_soon": 2, "total_monthly_cost": 8990}}}
            """);

        var summary = await Catalog.GetSummaryAsync(ScopeFor(Portal), CancellationToken.None);

        AssertScopedPost(Assert.Single(Platform.Requests), "/api/services/summary/");
        Assert.Equal((5, 3, 1, 1, 1, 2), (summary.TotalServices, summary.ActiveServices, summary.SuspendedServices, summary.PendingServices, summary.OverdueServices, summary.ExpiringSoonServices));
        Assert.Equal(new Money(8990, "EUR"), summary.TotalMonthlyCost);
    }

    [Theory]
    [InlineData(403)]
    [InlineData(404)]
    public async Task Someone_elses_service_is_not_found(int status)
    {
        Platform.OnJson("services/99/", """{"success": false, "error": "Not found"}""", status);

        var error = await Assert.ThrowsAsync<NotFoundException>(
            () => Catalog.GetAsync(ScopeFor(Portal), new ServiceId("99"), CancellationToken.None));

        Assert.Equal("service", error.What);
    }

    [Fact]
    public async Task A_page_larger_than_asked_is_a_malformed_answer()
    {
        Platform.OnJson("services/", $$$"""
            {"success": true, "data": {"services": [{{{ServiceJson}}}, {{{ServiceJson}}}],
              "pagination": {"page": 1, "limit": 1, "total": 2, "pages": 2, "has_next": true, "has_previous": false} } }
            """);

        var error = await Assert.ThrowsAsync<BackendUnavailableException>(
            () => Catalog.ListAsync(ScopeFor(Portal), ServiceFilter.All, new PageRequest(1, 1), CancellationToken.None));

        Assert.Equal("services", error.Area);
        Assert.Contains("malformed answer", error.Message, StringComparison.Ordinal);
    }
}
