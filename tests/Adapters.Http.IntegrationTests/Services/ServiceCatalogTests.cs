using Portal.Adapters.Http.IntegrationTests.Infrastructure;
using Portal.Application.Common.Exceptions;
using Portal.Application.Services.Ports;
using Portal.Domain.Common;
using Portal.Domain.Services;

namespace Portal.Adapters.Http.IntegrationTests.Services;

/// <summary>The services area against answers shaped exactly as platform-api.md §7 says PRAHO sends them, quirks included.</summary>
public sealed class ServiceCatalogTests : PlatformTestBase
{
    /// <summary>A <c>ServiceItem</c>: price a decimal string in units, monthly_price a float, server keys present.</summary>
    private const string ServiceItemJson = """
        {"id": 17, "service_name": "Hosting Pro", "domain": "limadental.example", "username": "limadent", "status": "active",
         "status_display": "Active", "status_color": "#10B981", "billing_cycle": "semi_annual", "billing_cycle_display": "Semi-annual",
         "price": "179.94", "monthly_price": 29.99, "setup_fee_paid": true, "customer_name": "Lima Dental Ltd",
         "service_plan_name": "Pro 50", "service_plan_type": "shared_hosting", "service_plan_type_display": "Shared Hosting",
         "server_name": "web-03", "server_ip": "192.0.2.10", "auto_renew": true, "is_overdue": false, "days_until_expiry": 85,
         "is_active": true, "disk_usage_gb": 12.5, "bandwidth_usage_gb": 120.25, "email_accounts_used": 3, "databases_used": 1,
         "next_billing_date": "2027-02-01", "created_at": "2025-03-01T10:00:00.123456+02:00", "activated_at": "2025-03-01T10:05:00+02:00",
         "expires_at": "2027-03-01T00:00:00+02:00", "currency_code": "RON", "updated_at": "2026-11-20T18:00:54.123456+02:00"}
        """;

    /// <summary>A <c>ServiceItem</c> without a server (the keys are absent), no expiry (999999), an unknown status and cycle, in yen.</summary>
    private const string DomainItemJson = """
        {"id": 9, "service_name": "example.org", "domain": "", "username": "", "status": "on_hold", "status_display": "On hold",
         "status_color": "#6B7280", "billing_cycle": "biennial", "billing_cycle_display": "Biennial", "price": "1200", "monthly_price": 50,
         "setup_fee_paid": false, "customer_name": "Lima Dental Ltd", "service_plan_name": "Domain", "service_plan_type": "domain",
         "service_plan_type_display": "Domain", "auto_renew": false, "is_overdue": false, "days_until_expiry": 999999, "is_active": false,
         "disk_usage_gb": 0.0, "bandwidth_usage_gb": 0.0, "email_accounts_used": 0, "databases_used": 0, "next_billing_date": null,
         "created_at": "2026-01-05T09:00:00+02:00", "activated_at": null, "expires_at": null, "currency_code": "JPY",
         "updated_at": "2026-01-05T09:00:00+02:00"}
        """;

    /// <summary>A <c>ServiceDetail</c>: no server_name/server_ip/service_plan_*/is_active, a nested plan and server, VAT figures.</summary>
    private const string ServiceDetailJson = """
        {"id": 17, "service_name": "Hosting Pro", "domain": "limadental.example", "username": "limadent", "status": "active",
         "status_display": "Active", "status_color": "#10B981", "billing_cycle": "quarterly", "billing_cycle_display": "Quarterly",
         "price": "89.97", "monthly_price": 29.99, "total_monthly_cost": 36.29, "vat_amount": 6.3, "setup_fee_paid": true,
         "customer_name": "Lima Dental Ltd", "customer_contact_phone": "+40 721 000 000", "auto_renew": true, "is_overdue": false,
         "days_until_expiry": 85, "disk_usage_gb": 12.5, "bandwidth_usage_gb": 120.25, "email_accounts_used": 3, "databases_used": 1,
         "disk_usage_percentage": 25.0, "bandwidth_usage_percentage": 0,
         "service_plan": {"id": 4, "name": "Pro 50", "plan_type": "shared_hosting", "plan_type_display": "Shared Hosting",
           "description": "", "price_monthly": "29.99", "price_quarterly": "85.00", "price_annual": null, "setup_fee": "0.00",
           "disk_space_gb": 50, "bandwidth_gb": null, "email_accounts": 10, "databases": null, "domains": 1, "cpu_cores": null, "ram_gb": null},
         "server": {"id": 2, "name": "web-03", "hostname": "web-03.example.net", "server_type": "shared", "server_type_display": "Shared",
           "primary_ip": "192.0.2.10", "location": "Bucharest", "datacenter": "BUH1", "status": "active"},
         "features": {"disk_space_gb": 50, "bandwidth_gb": null, "email_accounts": 10, "databases": null, "domains": 1, "cpu_cores": null,
           "ram_gb": null, "plan_features": {}, "auto_provision": true},
         "service_age_days": 630, "suspended_at": null, "suspension_reason": "",
         "permissions": {"can_view_details": true, "can_view_usage": true, "can_change_auto_renew": true, "can_request_suspension": true,
           "can_request_reactivation": false, "can_view_billing": true, "can_upgrade_plan": true, "can_cancel": true},
         "next_billing_date": "2027-02-01", "created_at": "2025-03-01T10:00:00.123456+02:00", "activated_at": "2025-03-01T10:05:00+02:00",
         "expires_at": "2027-03-01T00:00:00+02:00", "currency_code": "EUR", "updated_at": "2026-11-20T18:00:54.123456+02:00"}
        """;

    private const string UsageJson = """
        {"success": true, "data": {"usage": {
          "current_usage": {"disk_usage_gb": 45.12, "disk_limit_gb": 50, "disk_usage_percentage": 90.2, "bandwidth_usage_gb": 120.25,
            "bandwidth_limit_gb": null, "bandwidth_usage_percentage": 0, "email_accounts_used": 3, "email_accounts_limit": 10,
            "databases_used": 2, "databases_limit": null},
          "historical_usage": {"period": "PERIOD", "disk_usage_trend": [], "bandwidth_usage_trend": [], "uptime_percentage": 99.9},
          "alerts": [{"type": "warning", "message": "Disk usage is above 80% of limit", "resource": "disk"}]}}}
        """;

    private IServiceCatalog Catalog => Portal.Get<IServiceCatalog>();

    [Fact]
    public async Task Services_pass_paging_and_filters_through_and_map_the_list()
    {
        Platform.OnJson("services/", $$$"""
            {"success": true, "data": {"services": [{{{ServiceItemJson}}}, {{{DomainItemJson}}}],
              "pagination": {"page": 3, "limit": 2, "total": 9, "pages": 5, "has_next": true, "has_previous": true},
              "stats": {"total": 9, "active": 4, "suspended": 1, "pending": 0, "overdue": 2} } }
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
                Assert.Equal(("Hosting Pro", "limadental.example", "Pro 50"), (hosting.Name, hosting.Domain, hosting.PlanName));
                Assert.Equal((ServiceStatus.Active, BillingCycle.SemiAnnual), (hosting.Status, hosting.BillingCycle));
                Assert.Equal(new Money(17_994, "RON", 2), hosting.Price);
                Assert.True(hosting.AutoRenew);
                Assert.Equal(new DateTimeOffset(2027, 3, 1, 0, 0, 0, TimeSpan.FromHours(2)), hosting.ExpiresAt);
                Assert.Equal(12.5m, hosting.DiskUsageGb);
            },
            domain =>
            {
                Assert.Null(domain.Domain);
                Assert.Equal((ServiceStatus.Unknown, "on_hold"), (domain.Status, domain.StatusCode));
                Assert.Equal((BillingCycle.Unknown, "biennial"), (domain.BillingCycle, domain.BillingCycleCode));
                Assert.Equal(new Money(1200, "JPY", 0), domain.Price);
                Assert.Null(domain.ExpiresAt);
            });
    }

    [Theory]
    [InlineData("29.99", "RON", 2999, 2)]
    [InlineData("0.10", "EUR", 10, 2)]
    [InlineData("1234567.89", "USD", 123_456_789, 2)]
    [InlineData("1200", "JPY", 1200, 0)]
    [InlineData("12.345", "KWD", 12_345, 3)]
    [InlineData("5.5", "XYZ", 550, 2)]
    public async Task A_price_in_units_becomes_exact_minor_units_of_its_currency(string price, string currency, long minor, int decimals)
    {
        var item = ServiceItemJson.Replace("\"179.94\"", $"\"{price}\"", StringComparison.Ordinal)
            .Replace("\"RON\"", $"\"{currency}\"", StringComparison.Ordinal);
        Platform.OnJson("services/", $$$"""
            {"success": true, "data": {"services": [{{{item}}}],
              "pagination": {"page": 1, "limit": 20, "total": 1, "pages": 1, "has_next": false, "has_previous": false}, "stats": {} } }
            """);

        var page = await Catalog.ListAsync(ScopeFor(Portal), ServiceFilter.All, PageRequest.First, CancellationToken.None);

        Assert.Equal(new Money(minor, currency, decimals), Assert.Single(page.Items).Price);
    }

    /// <summary>
    /// A service's optional figures that do not read as numbers (<c>"N/A"</c>, <c>""</c>) are unknown, a null
    /// <c>auto_renew</c> is not said (neither on nor off), and pagination values that are null are not given: the list stands.
    /// </summary>
    [Fact]
    public async Task A_services_unreadable_figures_and_null_flag_or_pagination_values_cost_those_values_not_the_list()
    {
        var item = ServiceItemJson
            .Replace("\"disk_usage_gb\": 12.5", "\"disk_usage_gb\": \"N/A\"", StringComparison.Ordinal)
            .Replace("\"monthly_price\": 29.99", "\"monthly_price\": \"\"", StringComparison.Ordinal)
            .Replace("\"auto_renew\": true", "\"auto_renew\": null", StringComparison.Ordinal);
        Platform.OnJson("services/", $$$"""
            {"success": true, "data": {"services": [{{{item}}}, {{{DomainItemJson}}}],
              "pagination": {"page": null, "limit": null, "total": 2, "pages": null, "has_next": null, "has_previous": null}, "stats": {} } }
            """);

        var page = await Catalog.ListAsync(ScopeFor(Portal), ServiceFilter.All, PageRequest.First, CancellationToken.None);

        Assert.Equal((1, PageRequest.DefaultSize, 2, 1), (page.Number, page.Size, page.TotalItems, page.TotalPages));
        var hosting = page.Items[0];
        Assert.Equal((new Money(17_994, "RON", 2), (bool?)null, (decimal?)null), (hosting.Price, hosting.AutoRenew, hosting.DiskUsageGb));
        Assert.Equal(new ServiceId("9"), page.Items[1].Id);
    }

    /// <summary>A service naming no currency Portal can read is priced in PLATFORM_API_DEFAULT_CURRENCY; the list stands.</summary>
    [Theory]
    [InlineData("\"currency_code\": null, ")]
    [InlineData("")]
    [InlineData("\"currency_code\": \" \", ")]
    [InlineData("\"currency_code\": \"EURO\", ")]
    [InlineData("\"currency_code\": \"€\", ")]
    [InlineData("\"currency_code\": 978, ")]
    public async Task A_service_naming_no_readable_currency_is_priced_in_the_default_currency(string currency)
    {
        var item = ServiceItemJson.Replace("\"currency_code\": \"RON\", ", currency, StringComparison.Ordinal);
        Platform.OnJson("services/", $$$"""
            {"success": true, "data": {"services": [{{{item}}}, {{{DomainItemJson}}}],
              "pagination": {"page": 1, "limit": 20, "total": 2, "pages": 1, "has_next": false, "has_previous": false}, "stats": {} } }
            """);
        await using var portal = PlatformHarness.Create(Platform, settings => settings["PLATFORM_API_DEFAULT_CURRENCY"] = "CHF");

        var page = await portal.Get<IServiceCatalog>().ListAsync(ScopeFor(portal), ServiceFilter.All, PageRequest.First, CancellationToken.None);

        Assert.Equal([new Money(17_994, "CHF"), new Money(1200, "JPY", 0)], page.Items.Select(service => service.Price));
    }

    [Theory]
    [InlineData("19.999", "RON", 2000, 2)]
    [InlineData("19.994", "RON", 1999, 2)]
    [InlineData("1200.5", "JPY", 1201, 0)]
    public async Task A_price_finer_than_its_currencys_minor_unit_is_rounded_to_it_as_the_monthly_figures_are(string price, string currency, long minor, int decimals)
    {
        var item = ServiceItemJson.Replace("\"179.94\"", $"\"{price}\"", StringComparison.Ordinal)
            .Replace("\"RON\"", $"\"{currency}\"", StringComparison.Ordinal);
        Platform.OnJson("services/", $$$"""
            {"success": true, "data": {"services": [{{{item}}}],
              "pagination": {"page": 1, "limit": 20, "total": 1, "pages": 1, "has_next": false, "has_previous": false}, "stats": {} } }
            """);

        var page = await Catalog.ListAsync(ScopeFor(Portal), ServiceFilter.All, PageRequest.First, CancellationToken.None);

        Assert.Equal(new Money(minor, currency, decimals), Assert.Single(page.Items).Price);
    }

    [Fact]
    public async Task A_worked_out_monthly_figure_is_rounded_to_the_currencys_minor_unit()
    {
        Platform.OnJson("services/17/", $$$"""
            {"success": true, "data": {"service": {{{ServiceDetailJson.Replace("\"monthly_price\": 29.99", "\"monthly_price\": 29.99666666666667", StringComparison.Ordinal)}}}, "usage_trends": {} } }
            """);

        var detail = await Catalog.GetAsync(ScopeFor(Portal), new ServiceId("17"), CancellationToken.None);

        Assert.Equal(new Money(3000, "EUR"), detail.MonthlyPrice);
    }

    [Fact]
    public async Task A_page_asked_beyond_the_last_is_the_last_page_whose_rows_the_Platform_answers()
    {
        // Django's paginator answers the last page's rows but echoes the page number asked for.
        Platform.OnJson("services/", $$$"""
            {"success": true, "data": {"services": [{{{ServiceItemJson}}}],
              "pagination": {"page": 99, "limit": 20, "total": 21, "pages": 2, "has_next": false, "has_previous": true}, "stats": {} } }
            """);

        var page = await Catalog.ListAsync(ScopeFor(Portal), ServiceFilter.All, new PageRequest(99, 20), CancellationToken.None);

        Assert.Equal((2, 2, false, true), (page.Number, page.TotalPages, page.HasNext, page.HasPrevious));
    }

    /// <summary>
    /// A services list whose <c>total</c> is missing, null, unreadable or negative has its total unknown, never 0 (which
    /// would make the page the whole list and every later page lie beyond the last): its pages are <c>pages</c> when that
    /// is readable, and known, else a full page promises at least one more and a shorter one is the last, pages only known
    /// to be there; without <c>pages</c> there is no last page to clamp the page number to, so the page asked for stands.
    /// </summary>
    [Theory]
    [InlineData("", "", 2, 4, ListCounted.Nothing)]
    [InlineData("\"total\": null, ", "\"pages\": null, ", 2, 4, ListCounted.Nothing)]
    [InlineData("\"total\": \"n/a\", ", "", 1, 3, ListCounted.Nothing)]
    [InlineData("\"total\": -1, ", "\"pages\": 0, ", 1, 3, ListCounted.Nothing)]
    [InlineData("\"total\": 1.5, ", "\"pages\": 6, ", 2, 6, ListCounted.PagesOnly)]
    [InlineData("", "\"pages\": 5, ", 1, 5, ListCounted.PagesOnly)]
    public async Task A_services_list_without_a_readable_total_has_it_unknown_and_its_pages_from_pages_or_a_full_page(
        string total, string pages, int rows, int totalPages, ListCounted counted)
    {
        var services = rows == 2 ? $"{ServiceItemJson}, {DomainItemJson}" : ServiceItemJson;
        Platform.OnJson("services/", $$$"""
            {"success": true, "data": {"services": [{{{services}}}],
              "pagination": {"page": 3, "limit": 2, {{{total}}}{{{pages}}}"has_next": false, "has_previous": true}, "stats": {} } }
            """);

        var page = await Catalog.ListAsync(ScopeFor(Portal), ServiceFilter.All, new PageRequest(3, 2), CancellationToken.None);

        Assert.Equal((rows, counted, 3, totalPages, totalPages > 3), (page.Items.Count, page.Counted, page.Number, page.TotalPages, page.HasNext));
    }

    /// <summary>Without a readable <c>pages</c> there is no last page to clamp to: the page is the one the Platform names.</summary>
    [Theory]
    [InlineData("")]
    [InlineData("\"pages\": null, ")]
    [InlineData("\"pages\": \"?\", ")]
    [InlineData("\"pages\": -1, ")]
    public async Task A_page_of_a_list_whose_page_count_is_unreadable_is_the_page_named(string pages)
    {
        Platform.OnJson("services/", $$$"""
            {"success": true, "data": {"services": [{{{ServiceItemJson}}}, {{{DomainItemJson}}}],
              "pagination": {"page": 3, "limit": 2, "total": 41, {{{pages}}}"has_next": true, "has_previous": true}, "stats": {} } }
            """);

        var page = await Catalog.ListAsync(ScopeFor(Portal), ServiceFilter.All, new PageRequest(3, 2), CancellationToken.None);

        Assert.Equal((3, 21, true), (page.Number, page.TotalPages, page.HasNext));
    }

    [Fact]
    public async Task A_service_whose_id_Portal_cannot_address_is_left_out_not_the_whole_list()
    {
        Platform.OnJson("services/", $$$"""
            {"success": true, "data": {"services": [{{{ServiceItemJson.Replace("\"id\": 17", "\"id\": \"1/2\"", StringComparison.Ordinal)}}}, {{{DomainItemJson}}}],
              "pagination": {"page": 1, "limit": 20, "total": 2, "pages": 1, "has_next": false, "has_previous": false}, "stats": {} } }
            """);

        var page = await Catalog.ListAsync(ScopeFor(Portal), ServiceFilter.All, PageRequest.First, CancellationToken.None);

        Assert.Equal(new ServiceId("9"), Assert.Single(page.Items).Id);
        Assert.Equal(1, page.TotalItems);
    }

    [Fact]
    public async Task A_service_left_out_is_not_counted_but_the_Platforms_pages_stay()
    {
        Platform.OnJson("services/", $$$"""
            {"success": true, "data": {"services": [{{{ServiceItemJson.Replace("\"id\": 17", "\"id\": null", StringComparison.Ordinal)}}}, {{{DomainItemJson}}}],
              "pagination": {"page": 1, "limit": 2, "total": 3, "pages": 2, "has_next": true, "has_previous": false}, "stats": {} } }
            """);

        var page = await Catalog.ListAsync(ScopeFor(Portal), ServiceFilter.All, new PageRequest(1, 2), CancellationToken.None);

        Assert.Equal((1, 2, 2, true), (page.Items.Count, page.TotalItems, page.TotalPages, page.HasNext));
    }

    [Fact]
    public async Task A_flag_sent_as_text_or_as_1_or_0_is_read_as_the_flag_it_spells()
    {
        Platform.OnJson("services/", $$$"""
            {"success": true, "data": {"services": [
              {{{ServiceItemJson.Replace("\"auto_renew\": true", "\"auto_renew\": \"False\"", StringComparison.Ordinal)}}},
              {{{DomainItemJson.Replace("\"auto_renew\": false", "\"auto_renew\": 1", StringComparison.Ordinal)}}},
              {{{ServiceItemJson.Replace("\"auto_renew\": true", "\"auto_renew\": \"true\"", StringComparison.Ordinal)}}}],
              "pagination": {"page": 1, "limit": 20, "total": 3, "pages": 1, "has_next": false, "has_previous": false}, "stats": {} } }
            """);

        var page = await Catalog.ListAsync(ScopeFor(Portal), ServiceFilter.All, PageRequest.First, CancellationToken.None);

        Assert.Equal([false, true, true], page.Items.Select(service => service.AutoRenew));
    }

    /// <summary>An auto-renewal that is no flag is not stated, as a missing one is: the service is listed with it unknown.</summary>
    [Theory]
    [InlineData("\"yes\"")]
    [InlineData("2")]
    [InlineData("\"\"")]
    [InlineData("{\"enabled\": true}")]
    public async Task A_flag_that_is_no_flag_is_unknown_and_costs_the_service_nothing_else(string value)
    {
        Platform.OnJson("services/", $$$"""
            {"success": true, "data": {"services": [
              {{{ServiceItemJson.Replace("\"auto_renew\": true", "\"auto_renew\": " + value, StringComparison.Ordinal)}}}, {{{DomainItemJson}}}],
              "pagination": {"page": 1, "limit": 20, "total": 2, "pages": 1, "has_next": false, "has_previous": false}, "stats": {} } }
            """);

        var page = await Catalog.ListAsync(ScopeFor(Portal), ServiceFilter.All, PageRequest.First, CancellationToken.None);

        Assert.Equal(
            [(new ServiceId("17"), "Hosting Pro", (bool?)null), (new ServiceId("9"), "example.org", false)],
            page.Items.Select(service => (service.Id, service.Name, service.AutoRenew)));
    }

    /// <summary>
    /// An entry that is no object is left out as a null row is, and not counted: it could not be opened. The list stands.
    /// </summary>
    [Theory]
    [InlineData("\"Hosting Pro\"")]
    [InlineData("17")]
    [InlineData("[17]")]
    [InlineData("true")]
    public async Task A_services_entry_that_is_no_object_is_left_out_not_the_whole_list(string entry)
    {
        Platform.OnJson("services/", $$$"""
            {"success": true, "data": {"services": [{{{entry}}}, {{{DomainItemJson}}}],
              "pagination": {"page": 1, "limit": 20, "total": 2, "pages": 1, "has_next": false, "has_previous": false}, "stats": {} } }
            """);

        var page = await Catalog.ListAsync(ScopeFor(Portal), ServiceFilter.All, PageRequest.First, CancellationToken.None);

        Assert.Equal(new ServiceId("9"), Assert.Single(page.Items).Id);
        Assert.Equal((1, 1), (page.TotalItems, page.RowsLeftOut));
    }

    [Fact]
    public async Task A_service_without_a_name_is_called_by_its_domain_or_else_by_its_id()
    {
        var byDomain = ServiceItemJson.Replace("\"service_name\": \"Hosting Pro\"", "\"service_name\": \"\"", StringComparison.Ordinal);
        var byId = DomainItemJson.Replace("\"service_name\": \"example.org\", ", string.Empty, StringComparison.Ordinal);
        Platform.OnJson("services/", $$$"""
            {"success": true, "data": {"services": [{{{byDomain}}}, {{{byId}}}],
              "pagination": {"page": 1, "limit": 20, "total": 2, "pages": 1, "has_next": false, "has_previous": false}, "stats": {} } }
            """);

        var page = await Catalog.ListAsync(ScopeFor(Portal), ServiceFilter.All, PageRequest.First, CancellationToken.None);

        Assert.Equal(["limadental.example", "Service 9"], page.Items.Select(service => service.Name));
    }

    [Fact]
    public async Task A_service_maps_its_detail_with_the_nested_plan_and_server_and_the_monthly_figures()
    {
        Platform.OnJson("services/17/", $$$"""
            {"success": true, "data": {"service": {{{ServiceDetailJson}}},
              "usage_trends": {"disk_usage_trend": [], "bandwidth_usage_trend": [], "uptime_percentage": 99.9} } }
            """);

        var detail = await Catalog.GetAsync(ScopeFor(Portal), new ServiceId("17"), CancellationToken.None);

        AssertScopedPost(Assert.Single(Platform.Requests), "/api/services/17/");
        Assert.Equal(new ServiceId("17"), detail.Id);
        Assert.Equal(("Pro 50", "web-03.example.net", "limadent"), (detail.PlanName, detail.ServerName, detail.Username));
        Assert.Equal(BillingCycle.Quarterly, detail.Service.BillingCycle);
        Assert.Equal(new Money(8997, "EUR"), detail.Service.Price);
        Assert.Equal((new Money(2999, "EUR"), new Money(630, "EUR"), new Money(3629, "EUR")), (detail.MonthlyPrice, detail.MonthlyVat, detail.MonthlyPriceWithVat));
        Assert.Equal(new DateOnly(2027, 2, 1), detail.NextBillingDate);
        Assert.Equal(new DateTimeOffset(2025, 3, 1, 8, 0, 0, 123, TimeSpan.Zero).AddTicks(4560), detail.CreatedAt);
        Assert.Equal((50m, 120.25m, (decimal?)null), (detail.DiskQuotaGb, detail.BandwidthUsageGb, detail.BandwidthQuotaGb));
    }

    [Fact]
    public async Task A_date_that_does_not_parse_is_unknown_and_an_expiry_given_as_a_day_is_that_day()
    {
        var odd = ServiceDetailJson
            .Replace("\"next_billing_date\": \"2027-02-01\"", "\"next_billing_date\": \"2027-02-30\"", StringComparison.Ordinal)
            .Replace("\"created_at\": \"2025-03-01T10:00:00.123456+02:00\"", "\"created_at\": \"not-a-date\"", StringComparison.Ordinal)
            .Replace("\"expires_at\": \"2027-03-01T00:00:00+02:00\"", "\"expires_at\": \"2027-03-01\"", StringComparison.Ordinal);
        var list = ServiceItemJson.Replace("\"expires_at\": \"2027-03-01T00:00:00+02:00\"", "\"expires_at\": \"not-a-date\"", StringComparison.Ordinal);
        Platform.OnJson("services/17/", $$$"""{"success": true, "data": {"service": {{{odd}}}, "usage_trends": {} } }""");
        Platform.OnJson("services/", $$$"""
            {"success": true, "data": {"services": [{{{list}}}],
              "pagination": {"page": 1, "limit": 20, "total": 1, "pages": 1, "has_next": false, "has_previous": false}, "stats": {} } }
            """);

        var detail = await Catalog.GetAsync(ScopeFor(Portal), new ServiceId("17"), CancellationToken.None);
        var page = await Catalog.ListAsync(ScopeFor(Portal), ServiceFilter.All, PageRequest.First, CancellationToken.None);

        Assert.Equal(((DateOnly?)null, (DateTimeOffset?)null), (detail.NextBillingDate, detail.CreatedAt));
        Assert.Equal(new DateTimeOffset(2027, 3, 1, 0, 0, 0, TimeSpan.Zero), detail.Service.ExpiresAt);
        Assert.Null(Assert.Single(page.Items).ExpiresAt);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("\"web-03\"")]
    [InlineData("[]")]
    public async Task A_service_without_a_server_or_plan_object_has_none(string server)
    {
        var withoutServer = ServiceDetailJson.Replace(
            ServiceDetailJson[ServiceDetailJson.IndexOf("\"server\": {", StringComparison.Ordinal)..(ServiceDetailJson.IndexOf("\"features\"", StringComparison.Ordinal))],
            $"\"server\": {server}, ",
            StringComparison.Ordinal).Replace(
            ServiceDetailJson[ServiceDetailJson.IndexOf("\"service_plan\": {", StringComparison.Ordinal)..(ServiceDetailJson.IndexOf("\"server\": {", StringComparison.Ordinal))],
            $"\"service_plan\": {server}, ",
            StringComparison.Ordinal);
        Platform.OnJson("services/17/", $$$"""{"success": true, "data": {"service": {{{withoutServer}}}, "usage_trends": {} } }""");

        var detail = await Catalog.GetAsync(ScopeFor(Portal), new ServiceId("17"), CancellationToken.None);

        Assert.Null(detail.ServerName);
        Assert.Equal(((string?)null, (decimal?)null), (detail.PlanId, detail.DiskQuotaGb));
    }

    [Theory]
    [InlineData(UsagePeriod.Last7Days, "7d")]
    [InlineData(UsagePeriod.Last30Days, "30d")]
    [InlineData(UsagePeriod.Last90Days, "90d")]
    public async Task Usage_is_the_snapshot_and_alerts_with_no_history_when_the_trends_are_empty(UsagePeriod period, string wire)
    {
        Platform.OnJson("services/17/usage/", UsageJson.Replace("PERIOD", wire, StringComparison.Ordinal));

        var usage = await Catalog.GetUsageAsync(ScopeFor(Portal), new ServiceId("17"), period, CancellationToken.None);

        var request = Assert.Single(Platform.Requests);
        AssertScopedPost(request, "/api/services/17/usage/");
        Assert.Equal(wire, request.Json.GetProperty("period").GetString());
        Assert.Equal((45.12m, (decimal?)50m, (decimal?)90.2m), (usage.Disk.Used, usage.Disk.Limit, usage.Disk.Percentage));
        Assert.Equal((120.25m, true, (decimal?)null), (usage.Bandwidth.Used, usage.Bandwidth.IsUnlimited, usage.Bandwidth.Percentage));
        Assert.Equal((3m, (decimal?)10m), (usage.EmailAccounts.Used, usage.EmailAccounts.Limit));
        Assert.Equal((2m, true), (usage.Databases.Used, usage.Databases.IsUnlimited));
        var alert = Assert.Single(usage.Alerts);
        Assert.Equal(("warning", "Disk usage is above 80% of limit", "disk"), (alert.Kind, alert.Message, alert.Resource));
        Assert.False(usage.HasHistory);
        Assert.Equal(period, usage.History.Period);
    }

    /// <summary>A history sent as anything but an object is none, as PRAHO's empty one is: the usage still shows.</summary>
    [Fact]
    public async Task A_history_that_is_no_object_is_none_and_the_usage_still_shows()
    {
        var history = UsageJson[UsageJson.IndexOf("{\"period\"", StringComparison.Ordinal)..(UsageJson.IndexOf("99.9}", StringComparison.Ordinal) + "99.9}".Length)];
        Platform.OnJson("services/17/usage/", UsageJson.Replace(history, "\"none\"", StringComparison.Ordinal));

        var usage = await Catalog.GetUsageAsync(ScopeFor(Portal), new ServiceId("17"), UsagePeriod.Last30Days, CancellationToken.None);

        Assert.False(usage.HasHistory);
        Assert.Equal(45.12m, usage.Disk.Used);
    }

    [Fact]
    public async Task An_alert_without_a_message_and_a_null_one_are_left_out_and_the_usage_still_shows()
    {
        Platform.OnJson("services/17/usage/", UsageJson
            .Replace("PERIOD", "30d", StringComparison.Ordinal)
            .Replace("\"alerts\": [", "\"alerts\": [null, {\"type\": \"critical\", \"message\": null}, {\"type\": \"info\", \"message\": 7}, {\"type\": \"info\"}, ", StringComparison.Ordinal));

        var usage = await Catalog.GetUsageAsync(ScopeFor(Portal), new ServiceId("17"), UsagePeriod.Last30Days, CancellationToken.None);

        Assert.Equal(["7", "Disk usage is above 80% of limit"], usage.Alerts.Select(alert => alert.Message));
        Assert.Equal(45.12m, usage.Disk.Used);
    }

    [Fact]
    public async Task Usage_trends_where_a_Platform_sends_them_become_a_daily_series_in_day_order()
    {
        Platform.OnJson("services/17/usage/", UsageJson.Replace(
            "\"disk_usage_trend\": [], \"bandwidth_usage_trend\": []",
            """
            "disk_usage_trend": [{"date": "2026-11-20", "value": 12.4}],
            "bandwidth_usage_trend": [{"date": "2026-11-21", "value": 1.5}, {"date": "2026-11-20", "value": "2.25"}]
            """,
            StringComparison.Ordinal));

        var usage = await Catalog.GetUsageAsync(ScopeFor(Portal), new ServiceId("17"), UsagePeriod.Last7Days, CancellationToken.None);

        Assert.True(usage.HasHistory);
        Assert.Collection(
            usage.History.Points,
            day => Assert.Equal((new DateOnly(2026, 11, 20), 2.25m, (decimal?)12.4m), (day.Day, day.BandwidthGb, day.DiskGb)),
            day => Assert.Equal((new DateOnly(2026, 11, 21), 1.5m, (decimal?)null), (day.Day, day.BandwidthGb, day.DiskGb)));
    }

    [Fact]
    public async Task A_usage_trend_point_whose_day_does_not_parse_is_left_out_of_the_series()
    {
        Platform.OnJson("services/17/usage/", UsageJson.Replace(
            "\"bandwidth_usage_trend\": []",
            """
            "bandwidth_usage_trend": [{"date": "2026-11-21", "value": 1.5}, {"date": "yesterday", "value": 2.25}]
            """,
            StringComparison.Ordinal));

        var usage = await Catalog.GetUsageAsync(ScopeFor(Portal), new ServiceId("17"), UsagePeriod.Last7Days, CancellationToken.None);

        Assert.Equal(new DateOnly(2026, 11, 21), Assert.Single(usage.History.Points).Day);
    }

    [Fact]
    public async Task The_summary_maps_the_counts_and_confirms_the_total_currency_when_the_recent_services_are_all_of_them()
    {
        Platform.OnJson("services/summary/", $$$"""
            {"success": true, "data": {"summary": {"total_services": 1, "active_services": 1, "suspended_services": 0, "pending_services": 0,
              "overdue": 0, "expiring_soon": 1, "status_counts": {"pending": 0, "provisioning": 0, "active": 1, "suspended": 0, "failed": 0,
              "terminated": 0, "expired": 0}, "total_monthly_cost": 29.99, "total_monthly_cost_with_vat": 36.29,
              "total_disk_usage_gb": 12.5, "total_bandwidth_usage_gb": 120.25, "service_types": {"Shared Hosting": 1},
              "recent_services": [{{{ServiceItemJson}}}]} } }
            """);

        var summary = await Catalog.GetSummaryAsync(ScopeFor(Portal), CancellationToken.None);

        AssertScopedPost(Assert.Single(Platform.Requests), "/api/services/summary/");
        Assert.Equal((1, 1, 0, 0, 0, 1), (summary.TotalServices, summary.ActiveServices, summary.SuspendedServices, summary.PendingServices, summary.OverdueServices, summary.ExpiringSoonServices));
        Assert.Equal(new Money(2999, "RON"), summary.TotalMonthlyCost);
        Assert.True(summary.MonthlyCostCurrencyConfirmed);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("\"none\"")]
    [InlineData("\"\"")]
    [InlineData("0.5")]
    [InlineData("99999999999")]
    [InlineData("false")]
    public async Task A_summary_count_missing_negative_or_unreadable_is_unknown_not_zero_and_an_unknown_total_confirms_no_currency(string suspended)
    {
        Platform.OnJson("services/summary/", $$$"""
            {"success": true, "data": {"summary": {"active_services": 2, "suspended_services": {{{suspended}}}, "overdue": 1,
              "total_monthly_cost": 59.98, "recent_services": [{{{ServiceItemJson}}}]} } }
            """);

        var summary = await Catalog.GetSummaryAsync(ScopeFor(Portal), CancellationToken.None);

        Assert.Equal(((int?)null, (int?)2, (int?)null, (int?)null, (int?)1, (int?)null), (summary.TotalServices, summary.ActiveServices, summary.SuspendedServices, summary.PendingServices, summary.OverdueServices, summary.ExpiringSoonServices));
        Assert.Equal(new Money(5998, "RON"), summary.TotalMonthlyCost);
        Assert.False(summary.MonthlyCostCurrencyConfirmed);
    }

    [Fact]
    public async Task A_summary_over_more_services_than_it_lists_does_not_confirm_the_total_currency()
    {
        Platform.OnJson("services/summary/", $$$"""
            {"success": true, "data": {"summary": {"total_services": 7, "active_services": 6, "suspended_services": 0, "pending_services": 0,
              "overdue": 3, "expiring_soon": 0, "status_counts": {}, "total_monthly_cost": 120.5, "total_monthly_cost_with_vat": 145.81,
              "total_disk_usage_gb": 0, "total_bandwidth_usage_gb": 0, "service_types": {}, "recent_services": [{{{ServiceItemJson}}}]} } }
            """);

        var summary = await Catalog.GetSummaryAsync(ScopeFor(Portal), CancellationToken.None);

        Assert.Equal(new Money(12_050, "RON"), summary.TotalMonthlyCost);
        Assert.False(summary.MonthlyCostCurrencyConfirmed);
        Assert.Equal(3, summary.OverdueServices);
    }

    [Fact]
    public async Task A_summary_adding_up_several_currencies_gives_no_total()
    {
        Platform.OnJson("services/summary/", $$$"""
            {"success": true, "data": {"summary": {"total_services": 2, "active_services": 2, "suspended_services": 0, "pending_services": 0,
              "overdue": 0, "expiring_soon": 0, "status_counts": {}, "total_monthly_cost": 79.99, "total_monthly_cost_with_vat": 96.79,
              "total_disk_usage_gb": 0, "total_bandwidth_usage_gb": 0, "service_types": {}, "recent_services": [{{{ServiceItemJson}}}, {{{DomainItemJson}}}]} } }
            """);

        var summary = await Catalog.GetSummaryAsync(ScopeFor(Portal), CancellationToken.None);

        Assert.Null(summary.TotalMonthlyCost);
        Assert.False(summary.MonthlyCostCurrencyConfirmed);
    }

    [Fact]
    public async Task A_customer_without_services_has_an_integer_zero_total_that_is_true()
    {
        Platform.OnJson("services/summary/", """
            {"success": true, "data": {"summary": {"total_services": 0, "active_services": 0, "suspended_services": 0, "pending_services": 0,
              "overdue": 0, "expiring_soon": 0, "status_counts": {}, "total_monthly_cost": 0, "total_monthly_cost_with_vat": 0,
              "total_disk_usage_gb": 0, "total_bandwidth_usage_gb": 0, "service_types": {}, "recent_services": []}}}
            """);

        var summary = await Catalog.GetSummaryAsync(ScopeFor(Portal), CancellationToken.None);

        Assert.Equal(new Money(0, "EUR"), summary.TotalMonthlyCost);
        Assert.True(summary.MonthlyCostCurrencyConfirmed);
    }

    [Theory]
    [InlineData(403)]
    [InlineData(404)]
    public async Task Someone_elses_service_is_not_found(int status)
    {
        Platform.OnJson("services/99/", """{"success": false, "error": "Service not found or access denied"}""", status);

        var error = await Assert.ThrowsAsync<NotFoundException>(
            () => Catalog.GetAsync(ScopeFor(Portal), new ServiceId("99"), CancellationToken.None));

        Assert.Equal("service", error.What);
    }

    [Fact]
    public async Task A_service_id_that_is_not_a_number_is_not_found_without_asking_the_Platform()
    {
        var error = await Assert.ThrowsAsync<NotFoundException>(
            () => Catalog.GetUsageAsync(ScopeFor(Portal), new ServiceId("svc-1"), UsagePeriod.Last30Days, CancellationToken.None));

        Assert.Equal("service", error.What);
        Assert.Empty(Platform.Requests);
    }

    [Fact]
    public async Task A_page_larger_than_asked_shows_the_first_rows_asked_for()
    {
        var thousand = string.Join(", ", Enumerable.Repeat(ServiceItemJson, 1000));
        Platform.OnJson("services/", $$$"""
            {"success": true, "data": {"services": [{{{DomainItemJson}}}, {{{thousand}}}],
              "pagination": {"page": 1, "limit": 25, "total": 1001, "pages": 41, "has_next": true, "has_previous": false}, "stats": {} } }
            """);

        var page = await Catalog.ListAsync(ScopeFor(Portal), ServiceFilter.All, new PageRequest(1, 25), CancellationToken.None);

        Assert.Equal((25, 25, 1001), (page.Items.Count, page.Size, page.TotalItems));
        Assert.Equal(new ServiceId("9"), page.Items[0].Id);
    }
}
