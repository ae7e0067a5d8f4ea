using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Portal.Demo.Backend.Data;
using Portal.Demo.Backend.Htpi;

namespace Portal.Demo.Backend.Platform;

/// <summary>services: list, summary, one service, and its usage over 7, 30 or 90 days.</summary>
internal static class PlatformServicesEndpoints
{
    public static void Map(RouteGroupBuilder api, DemoWorld world, TimeProvider clock)
    {
        api.MapPost("services/", (HttpContext context) => PlatformCaller.Answer(world, context, (call, caller) =>
        {
            var status = call.String("status");
            var type = call.String("service_type");
            var matching = world.Services
                .Where(s => s.CustomerId == caller.Customer.Id && (status is null || s.Status == status) && (type is null || s.ServiceType == type))
                .OrderBy(s => s.Id)
                .ToList();
            return PlatformPage<DemoService>.Of(matching, call).Answer("services", Item);
        }));

        api.MapPost("services/summary/", (HttpContext context) => PlatformCaller.Answer(world, context, (_, caller) =>
        {
            var soon = clock.GetUtcNow().AddDays(30);
            var services = world.Services.Where(s => s.CustomerId == caller.Customer.Id).ToList();
            return PlatformResults.Ok(new
            {
                success = true,
                data = new
                {
                    summary = new
                    {
                        total_services = services.Count,
                        active_services = services.Count(s => s.Status == "active"),
                        suspended_services = services.Count(s => s.Status == "suspended"),
                        pending_services = services.Count(s => s.Status == "pending"),
                        overdue = services.Count(s => s.Overdue),
                        expiring_soon = services.Count(s => s.Status == "active" && s.ExpiresAt <= soon),
                        total_monthly_cost = services.Where(s => s.Status != "pending").Sum(s => s.MonthlyCostCents),
                        currency = PlatformSeeder.Currency,
                    },
                },
            });
        }));

        api.MapPost("services/{id:int}/", (HttpContext context, int id) => PlatformCaller.Answer(world, context, (_, caller) =>
            Find(world, caller, id) is { } service
                ? PlatformResults.Ok(new { success = true, data = new { service = Detail(service) } })
                : PlatformResults.NotFound()));

        api.MapPost("services/{id:int}/usage/", (HttpContext context, int id) => PlatformCaller.Answer(world, context, (call, caller) =>
        {
            if (Find(world, caller, id) is not { } service)
            {
                return PlatformResults.NotFound();
            }

            var period = call.String("period") ?? "30d";
            int? days = period switch { "7d" => 7, "30d" => 30, "90d" => 90, _ => null };
            if (days is null)
            {
                return PlatformResults.BadRequest("period must be 7d, 30d or 90d");
            }

            // The time series: one point a day, oldest first.
            var usage = service.Usage.Skip(Math.Max(0, service.Usage.Count - days.Value)).Select(p => new
            {
                date = HtpiAnswers.Date(p.Date),
                bandwidth_gb = p.BandwidthGb,
                disk_gb = p.DiskUsageGb,
                requests = p.Requests,
            }).ToList();
            return PlatformResults.Ok(new { success = true, data = new { usage, period, service_id = service.Id } });
        }));
    }

    private static DemoService? Find(DemoWorld world, PlatformCaller caller, int id) =>
        world.Services.FirstOrDefault(s => s.Id == id && s.CustomerId == caller.Customer.Id);

    private static Dictionary<string, object?> Item(DemoService service) => new()
    {
        ["id"] = service.Id,
        ["service_name"] = service.ServiceName,
        ["domain"] = service.Domain,
        ["status"] = service.Status,
        ["billing_cycle"] = service.BillingCycle,
        ["price"] = service.PriceCents,
        ["currency"] = PlatformSeeder.Currency,
        ["auto_renew"] = service.AutoRenew,
        ["expires_at"] = HtpiAnswers.Instant(service.ExpiresAt),
        ["disk_usage_gb"] = service.DiskUsageGb,
    };

    private static Dictionary<string, object?> Detail(DemoService service)
    {
        var (diskQuota, bandwidthQuota) = service.ServiceType switch
        {
            "hosting" => (50m, 500m),
            "vps" => (160m, 4_000m),
            "email" => (100m, (decimal?)null),
            "backup" => (200m, null),
            _ => ((decimal?)null, (decimal?)null),
        };
        var detail = Item(service);
        detail["service_type"] = service.ServiceType;
        detail["plan_name"] = service.ServiceName;
        detail["next_billing_date"] = service.AutoRenew && service.Status == "active" ? HtpiAnswers.Date(DateOnly.FromDateTime(service.ExpiresAt.UtcDateTime)) : null;
        detail["created_at"] = HtpiAnswers.Instant(service.CreatedAt);
        detail["disk_quota_gb"] = diskQuota;
        detail["bandwidth_usage_gb"] = service.Usage.TakeLast(30).Sum(p => p.BandwidthGb);
        detail["bandwidth_quota_gb"] = bandwidthQuota;
        detail["monthly_cost"] = service.MonthlyCostCents;
        detail["is_overdue"] = service.Overdue;
        return detail;
    }
}
