using Portal.Domain.Common;
using Portal.Domain.Services;

namespace Portal.Domain.UnitTests.Services;

public sealed class ServiceTests
{
    private static readonly DateOnly Monday = new(2026, 11, 16);

    [Fact]
    public void Usage_points_in_day_order_make_a_series()
    {
        var series = new UsageSeries(UsagePeriod.Last7Days, [Point(Monday), Point(Monday.AddDays(1))]);

        Assert.Equal(2, series.Points.Count);
    }

    [Fact]
    public void Usage_points_out_of_order_are_refused() =>
        Assert.Throws<ArgumentException>(() => new UsageSeries(UsagePeriod.Last7Days, [Point(Monday.AddDays(1)), Point(Monday)]));

    [Fact]
    public void Two_points_for_one_day_are_refused() =>
        Assert.Throws<ArgumentException>(() => new UsageSeries(UsagePeriod.Last30Days, [Point(Monday), Point(Monday)]));

    [Fact]
    public void An_undefined_period_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new UsageSeries((UsagePeriod)14, []));

    [Fact]
    public void Periods_are_their_length_in_days()
    {
        Assert.Equal(7, (int)UsagePeriod.Last7Days);
        Assert.Equal(30, (int)UsagePeriod.Last30Days);
        Assert.Equal(90, (int)UsagePeriod.Last90Days);
    }

    [Theory]
    [InlineData(-0.01, 0, 0L)]
    [InlineData(0, -1, 0L)]
    [InlineData(0, 0, -1L)]
    public void Negative_usage_is_refused(double bandwidth, double disk, long requests) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new UsagePoint(Monday, (decimal)bandwidth, (decimal)disk, requests));

    [Fact]
    public void A_service_without_request_counts_has_null_requests() =>
        Assert.Null(new UsagePoint(Monday, 1m, 2m, null).Requests);

    [Fact]
    public void A_day_measured_for_traffic_only_has_no_disk_figure() =>
        Assert.Null(new UsagePoint(Monday, 1m, null, null).DiskGb);

    [Fact]
    public void A_resource_without_a_limit_is_unlimited_and_has_no_share()
    {
        // PRAHO sends a percentage of 0 where the plan sets no limit: that 0 is no share of anything.
        var unlimited = new ResourceUsage(120.25m, null, 0m);

        Assert.True(unlimited.IsUnlimited);
        Assert.Null(unlimited.Percentage);
        Assert.Equal(90.2m, new ResourceUsage(45.1m, 50m, 90.2m).Percentage);
    }

    [Theory]
    [InlineData(-1, 10, 0)]
    [InlineData(1, -10, 0)]
    [InlineData(1, 10, -1)]
    public void Resource_usage_is_never_negative(int used, int limit, int percentage) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ResourceUsage(used, limit, percentage));

    [Fact]
    public void Usage_without_daily_points_has_no_history_to_chart()
    {
        var none = Usage(new UsageSeries(UsagePeriod.Last30Days, []));
        var some = Usage(new UsageSeries(UsagePeriod.Last30Days, [Point(Monday)]));

        Assert.False(none.HasHistory);
        Assert.True(some.HasHistory);
    }

    [Fact]
    public void A_usage_alert_needs_a_message_and_keeps_a_blank_resource_as_none()
    {
        Assert.ThrowsAny<ArgumentException>(() => new UsageAlert("warning", " ", "disk"));
        Assert.Null(new UsageAlert("warning", "Disk usage is above 80% of limit", "").Resource);
    }

    [Fact]
    public void A_service_needs_a_name_and_non_negative_disk_usage()
    {
        Assert.ThrowsAny<ArgumentException>(() => Service(name: " "));
        Assert.Throws<ArgumentOutOfRangeException>(() => Service(diskUsageGb: -1m));
        Assert.Throws<ArgumentException>(() => Service(domain: ""));
        Assert.Null(Service(domain: null).Domain);
    }

    [Fact]
    public void Service_detail_quotas_are_never_negative() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ServiceDetail(Service(), "Pro", null, null, -5m, null, null));

    [Fact]
    public void A_service_filter_takes_known_statuses_and_type_codes_only()
    {
        Assert.Equal("vps", new ServiceFilter(ServiceStatus.Active, "vps").ServiceType);
        Assert.Throws<ArgumentOutOfRangeException>(() => new ServiceFilter(ServiceStatus.Unknown, null));
        Assert.Throws<ArgumentException>(() => new ServiceFilter(null, "web hosting"));
        Assert.Throws<ArgumentException>(() => new ServiceFilter(null, ""));
    }

    [Fact]
    public void Summary_counts_are_never_negative() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ServicesSummary(1, 1, 0, 0, 0, -1, null));

    private static ServiceUsage Usage(UsageSeries history) =>
        new(new ResourceUsage(1m, 10m, 10m), new ResourceUsage(1m, null, null), new ResourceUsage(0, 5, null), new ResourceUsage(0, null, null), [], history);

    private static UsagePoint Point(DateOnly day) => new(day, 1.5m, 10m, 1_000);

    private static CustomerService Service(string name = "Hosting", string? domain = "example.ro", decimal diskUsageGb = 1m) =>
        new(new ServiceId("svc-1"), name, domain, ServiceStatus.Active, BillingCycle.Annual, new Money(50_000, "RON"), false, null, diskUsageGb);
}
