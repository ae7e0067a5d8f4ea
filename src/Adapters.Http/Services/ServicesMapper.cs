using Portal.Adapters.Http.Platform;
using Portal.Adapters.Http.Services.Dtos;
using Portal.Domain.Common;
using Portal.Domain.Services;

namespace Portal.Adapters.Http.Services;

/// <summary>The services area's <c>data</c> blocks as Domain services; prices are cents in the configured currency unless sent.</summary>
internal static class ServicesMapper
{
    public static Page<CustomerService> ToPage(ServicesData? data, PageRequest requested, string defaultCurrency)
    {
        var present = Require(data);
        return PageMapping.ToPage(
            PageMapping.Items(present.Services, "data.services", service => ToService(service, defaultCurrency)),
            present.Pagination,
            requested);
    }

    public static ServiceDetail ToDetail(ServicesData? data, string defaultCurrency)
    {
        var service = Require(data).Service ?? throw new FormatException("'data.service' is missing.");
        return new ServiceDetail(
            ToService(service, defaultCurrency),
            WireValues.Optional(service.PlanName),
            WireValues.ToOptionalDate(service.NextBillingDate, "service.next_billing_date"),
            WireValues.ToOptionalInstant(service.CreatedAt, "service.created_at"),
            service.DiskQuotaGb,
            service.BandwidthUsageGb,
            service.BandwidthQuotaGb);
    }

    /// <summary>Points in day order; two points for one day break the series' promise and make the answer malformed.</summary>
    public static UsageSeries ToUsage(ServicesData? data, UsagePeriod period)
    {
        var points = PageMapping.Items(Require(data).Usage, "data.usage", point => new UsagePoint(
            WireValues.ToDate(point.Date, "usage[].date"), point.BandwidthGb, point.DiskGb, point.Requests));
        return new UsageSeries(period, points.OrderBy(point => point.Day).ToArray());
    }

    public static ServicesSummary ToSummary(ServicesData? data, string defaultCurrency)
    {
        var summary = Require(data).Summary ?? throw new FormatException("'data.summary' is missing.");
        return new ServicesSummary(
            summary.TotalServices,
            summary.ActiveServices,
            summary.SuspendedServices,
            summary.PendingServices,
            summary.Overdue,
            summary.ExpiringSoon,
            summary.TotalMonthlyCost is { } cents
                ? PageMapping.ToMoney(cents, summary.Currency ?? defaultCurrency, "summary.currency")
                : null);
    }

    public static string ToWire(UsagePeriod period) => period switch
    {
        UsagePeriod.Last7Days => "7d",
        UsagePeriod.Last30Days => "30d",
        UsagePeriod.Last90Days => "90d",
        _ => throw new ArgumentOutOfRangeException(nameof(period), period, "Unknown usage period."),
    };

    private static CustomerService ToService(ServiceDto service, string defaultCurrency) =>
        new(
            new ServiceId(WireValues.Require(service.Id, "service.id")),
            WireValues.Require(service.ServiceName, "service.service_name"),
            WireValues.Optional(service.Domain),
            WireValues.ToEnum<ServiceStatus>(service.Status),
            WireValues.ToEnum<BillingCycle>(service.BillingCycle),
            PageMapping.ToMoney(WireValues.Require(service.Price, "service.price"), service.Currency ?? defaultCurrency, "service.currency"),
            service.AutoRenew,
            WireValues.ToOptionalInstant(service.ExpiresAt, "service.expires_at"),
            service.DiskUsageGb ?? 0m);

    private static ServicesData Require(ServicesData? data) => data ?? throw new FormatException("'data' is missing.");
}
