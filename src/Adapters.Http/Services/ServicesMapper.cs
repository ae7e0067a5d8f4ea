using Portal.Adapters.Http.Platform;
using Portal.Adapters.Http.Platform.Json;
using Portal.Adapters.Http.Services.Dtos;
using Portal.Domain.Common;
using Portal.Domain.Services;

namespace Portal.Adapters.Http.Services;

/// <summary>
/// The services area's <c>data</c> blocks as Domain services. Money comes in currency units with a <c>currency_code</c>
/// (the configured default when a service names none) and becomes minor units by decimal arithmetic, rounded to the
/// currency's minor unit (<see cref="CurrencyMinorUnits.Nearest"/>).
/// </summary>
internal static class ServicesMapper
{
    public static Page<CustomerService> ToPage(ServicesData? data, PageRequest requested, string defaultCurrency)
    {
        var present = Require(data);
        var pagination = present.Pagination ?? throw new FormatException("'data.pagination' is missing.");

        // The Platform echoes the page asked for but answers the rows of the last page when asked beyond it. Without a
        // page count there is no last page to clamp to: the page it names (else the one asked for) stands.
        var page = PageMapping.Positive(pagination.Page) ?? requested.Number;
        var clamped = new PlatformPagination
        {
            Page = PageMapping.Positive(pagination.Pages) is { } pages ? Math.Min(page, pages) : page,
            Limit = pagination.Limit,
            Total = pagination.Total,
            Pages = pagination.Pages,
        };
        return PageMapping.ToCountedPage(present.Services, "data.services", service => service.Id, service => ToService(service, defaultCurrency), clamped, requested);
    }

    public static ServiceDetail ToDetail(ServicesData? data, string defaultCurrency)
    {
        var service = Require(data).Service ?? throw new FormatException("'data.service' is missing.");
        var currency = CurrencyOf(service, defaultCurrency);
        return new ServiceDetail(
            ToService(service, defaultCurrency),
            WireValues.Optional(service.ServicePlan?.Name) ?? WireValues.Optional(service.ServicePlanName),
            WireValues.TryDate(service.NextBillingDate),
            WireValues.TryInstant(service.CreatedAt),
            service.ServicePlan?.DiskSpaceGb,
            service.BandwidthUsageGb,
            service.ServicePlan?.BandwidthGb)
        {
            MonthlyPrice = OptionalMoney(service.MonthlyPrice, currency),
            MonthlyVat = OptionalMoney(service.VatAmount, currency),
            // The price with VAT from the two figures whose meaning is plain, not from total_monthly_cost, which
            // a Platform may send with or without VAT.
            MonthlyPriceWithVat = OptionalMoney(service.MonthlyPrice + service.VatAmount, currency),
            ServerName = WireValues.Optional(service.Server?.Hostname)
                ?? WireValues.Optional(service.Server?.Name)
                ?? WireValues.Optional(service.ServerName),
            Username = WireValues.Optional(service.Username),
            PlanId = WireValues.Optional(service.ServicePlan?.Id),
            PlanType = WireValues.Optional(service.ServicePlan?.PlanType)?.Trim(),
        };
    }

    /// <summary>
    /// The catalogue's plans, priced in the configured default currency (plans name none). A plan without an id or a name
    /// cannot be offered and is left out; a missing price or resource is just not shown.
    /// </summary>
    public static IReadOnlyList<ServicePlan> ToPlans(ServicesData? data, string defaultCurrency) =>
        PageMapping.Items(Require(data).Plans, "data.plans", plan => ToPlan(plan, defaultCurrency))
            .OfType<ServicePlan>()
            .ToArray();

    private static ServicePlan? ToPlan(PlanDto plan, string defaultCurrency)
    {
        if (WireValues.Optional(plan.Id) is not { } id || WireValues.Optional(plan.Name) is not { } name)
        {
            return null;
        }

        return new ServicePlan(
            id,
            name.Trim(),
            WireValues.Optional(plan.PlanType)?.Trim(),
            OptionalMoney(plan.PriceMonthly, defaultCurrency),
            plan.FeatureSummary?.Select(WireValues.Optional).OfType<string>().ToArray() ?? [])
        {
            Description = WireValues.Optional(plan.Description)?.Trim(),
            QuarterlyPrice = OptionalMoney(plan.PriceQuarterly, defaultCurrency),
            AnnualPrice = OptionalMoney(plan.PriceAnnual, defaultCurrency),
            SetupFee = OptionalMoney(plan.SetupFee, defaultCurrency),
            DiskSpaceGb = plan.DiskSpaceGb,
            BandwidthGb = plan.BandwidthGb,
            EmailAccounts = plan.EmailAccounts,
            Databases = plan.Databases,
            Domains = plan.Domains,
            CpuCores = plan.CpuCores,
            RamGb = plan.RamGb,
        };
    }

    /// <summary>
    /// The snapshot and alerts as sent, and the daily history from the trends (PRAHO's are always empty); a day in the
    /// bandwidth trend takes the same day's disk figure where the disk trend has one. An alert without a message says
    /// nothing to show, so it is left out (as a null one is) rather than costing the usage.
    /// </summary>
    public static ServiceUsage ToUsage(ServicesData? data, UsagePeriod period)
    {
        var usage = Require(data).Usage ?? throw new FormatException("'data.usage' is missing.");
        var current = usage.CurrentUsage ?? throw new FormatException("'usage.current_usage' is missing.");
        var disk = TrendByDay(usage.HistoricalUsage?.DiskUsageTrend);
        var bandwidth = TrendByDay(usage.HistoricalUsage?.BandwidthUsageTrend);
        var points = bandwidth
            .OrderBy(day => day.Key)
            .Select(day => new UsagePoint(day.Key, day.Value, disk.TryGetValue(day.Key, out var diskGb) ? diskGb : null, null))
            .ToArray();
        IReadOnlyList<UsageAlert> alerts =
        [
            .. from alert in (usage.Alerts ?? []).OfType<UsageAlertDto>()
               let message = WireValues.Optional(alert.Message)
               where message is not null
               select new UsageAlert(WireValues.Optional(alert.Type) ?? "warning", message, alert.Resource),
        ];
        return new ServiceUsage(
            new ResourceUsage(current.DiskUsageGb ?? 0m, current.DiskLimitGb, current.DiskUsagePercentage),
            new ResourceUsage(current.BandwidthUsageGb ?? 0m, current.BandwidthLimitGb, current.BandwidthUsagePercentage),
            new ResourceUsage(current.EmailAccountsUsed ?? 0, current.EmailAccountsLimit, null),
            new ResourceUsage(current.DatabasesUsed ?? 0, current.DatabasesLimit, null),
            alerts,
            new UsageSeries(period, points));
    }

    /// <summary>
    /// The Platform adds up active services' monthly figures whatever their currency and names none: the total's
    /// currency is the one the newest services share, confirmed only when those are all the services.
    /// </summary>
    public static ServicesSummary ToSummary(ServicesData? data, string defaultCurrency)
    {
        var summary = Require(data).Summary ?? throw new FormatException("'data.summary' is missing.");
        var recent = summary.RecentServices?.Where(service => service is not null).Select(service => service!).ToArray() ?? [];
        var currencies = recent.Select(service => CurrencyOf(service, defaultCurrency)).Distinct(StringComparer.Ordinal).ToArray();
        var currency = currencies.Length == 1 ? currencies[0] : defaultCurrency;
        var mixed = currencies.Length > 1;
        var total = UnknownOrCount.From(summary.TotalServices);
        var active = UnknownOrCount.From(summary.ActiveServices);
        return new ServicesSummary(
            total,
            active,
            UnknownOrCount.From(summary.SuspendedServices),
            UnknownOrCount.From(summary.PendingServices),
            UnknownOrCount.From(summary.Overdue),
            UnknownOrCount.From(summary.ExpiringSoon),
            summary.TotalMonthlyCost is { } cost && !mixed ? CurrencyMinorUnits.Nearest(cost, currency) : null)
        {
            MonthlyCostCurrencyConfirmed = !mixed && (active == 0 || recent.Length >= total),
        };
    }

    public static string ToWire(UsagePeriod period) => period switch
    {
        UsagePeriod.Last7Days => "7d",
        UsagePeriod.Last30Days => "30d",
        UsagePeriod.Last90Days => "90d",
        _ => throw new ArgumentOutOfRangeException(nameof(period), period, "Unknown usage period."),
    };

    /// <summary>A service without a name is called by its domain, or else by its id: the name is only shown.</summary>
    private static CustomerService ToService(ServiceDto service, string defaultCurrency) =>
        new(
            new ServiceId(WireValues.Require(service.Id, "service.id")),
            WireValues.Optional(service.ServiceName) ?? WireValues.Optional(service.Domain) ?? "Service " + WireValues.Require(service.Id, "service.id"),
            WireValues.Optional(service.Domain),
            WireValues.ToEnum<ServiceStatus>(service.Status),
            WireValues.ToEnum<BillingCycle>(service.BillingCycle),
            // Rounded as the monthly figures are: a price finer than its currency's unit shows to the nearest one, not as a lost list.
            CurrencyMinorUnits.Nearest(WireValues.Require(service.Price, "service.price"), CurrencyOf(service, defaultCurrency)),
            service.AutoRenew,
            WireValues.TryDayInstant(service.ExpiresAt),
            service.DiskUsageGb)
        {
            StatusCode = WireValues.Optional(service.Status),
            BillingCycleCode = WireValues.Optional(service.BillingCycle),
            PlanName = WireValues.Optional(service.ServicePlanName) ?? WireValues.Optional(service.ServicePlan?.Name),
        };

    private static string CurrencyOf(ServiceDto service, string defaultCurrency) =>
        WireValues.TryCurrencyCode(service.CurrencyCode) ?? defaultCurrency;

    private static Money? OptionalMoney(decimal? units, string currency) =>
        units is { } amount ? CurrencyMinorUnits.Nearest(amount, currency) : null;

    private static Dictionary<DateOnly, decimal> TrendByDay(List<UsageTrendPointDto?>? trend)
    {
        var days = new Dictionary<DateOnly, decimal>();
        foreach (var point in trend ?? [])
        {
            // A point without a figure or a readable day cannot be drawn; the others still can.
            if (point?.Value is not { } value || WireValues.TryDate(point.Date) is not { } day)
            {
                continue;
            }

            // Two figures for one day break the series' promise: the answer is malformed.
            days.Add(day, value);
        }

        return days;
    }

    private static ServicesData Require(ServicesData? data) => data ?? throw new FormatException("'data' is missing.");
}
