using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Portal.Demo.Backend.Data;

namespace Portal.Demo.Backend.Platform;

/// <summary>services (platform-api.md §7): list, summary, one service, its usage snapshot, plans, auto-renew. Any role.</summary>
internal static class PlatformServicesEndpoints
{
    public static void Map(RouteGroupBuilder api, DemoWorld world, TimeProvider clock)
    {
        PlatformRoutes.Post(api, "services/", (HttpContext context) => PlatformCaller.Answer(world, context, clock, (call, caller) =>
        {
            var status = call.String("status");
            var type = call.String("service_type");
            var search = call.String("search");
            var now = clock.GetUtcNow();
            lock (world.Sync)
            {
                var matching = Newest(world, caller)
                    .Where(s => (status is null || s.Status == status)
                        && (type is null || s.PlanType == type)
                        && (search is null || s.ServiceName.Contains(search, StringComparison.OrdinalIgnoreCase)
                            || s.Domain.Contains(search, StringComparison.OrdinalIgnoreCase)
                            || s.Username.Contains(search, StringComparison.OrdinalIgnoreCase)))
                    .ToList();
                if (PlatformPage.Services(call, matching) is not { } page)
                {
                    return PlatformResults.Error(StatusCodes.Status500InternalServerError, "Unable to fetch services list");
                }

                return PlatformResults.Ok(new
                {
                    success = true,
                    data = new
                    {
                        services = page.Rows.Select(s => PlatformServices.Item(s, caller.Customer, now)).ToList(),
                        pagination = page.Pagination,
                        stats = new
                        {
                            total = matching.Count,
                            active = matching.Count(s => s.Status == "active"),
                            suspended = matching.Count(s => s.Status == "suspended"),
                            pending = matching.Count(s => s.Status == "pending"),
                            overdue = matching.Count(s => s.ExpiresAt < now),
                        },
                    },
                });
            }
        }));

        PlatformRoutes.Post(api, "services/summary/", (HttpContext context) => PlatformCaller.Answer(world, context, clock, (_, caller) =>
        {
            var now = clock.GetUtcNow();
            lock (world.Sync)
            {
                var services = Newest(world, caller);
                var active = services.Where(s => s.Status == "active").ToList();
                var monthly = Math.Round(active.Sum(PlatformServices.Monthly), 2);
                return PlatformResults.Ok(new
                {
                    success = true,
                    data = new
                    {
                        summary = new
                        {
                            total_services = services.Count,
                            active_services = active.Count,
                            suspended_services = services.Count(s => s.Status == "suspended"),
                            pending_services = services.Count(s => s.Status == "pending"),

                            // Any status whose expiry has passed (a terminated plan too); expiring_soon counts active ones only.
                            overdue = services.Count(s => s.ExpiresAt < now),
                            expiring_soon = active.Count(s => s.ExpiresAt is { } expires && expires >= now && expires <= now.AddDays(30)),
                            status_counts = PlatformServices.Statuses.ToDictionary(status => status, status => services.Count(s => s.Status == status)),

                            // The integer 0 when there is no active service, a float otherwise.
                            total_monthly_cost = active.Count == 0 ? 0 : (object)monthly,
                            total_monthly_cost_with_vat = active.Count == 0 ? 0 : (object)Math.Round(monthly * (1 + PlatformServices.VatRate), 2),
                            total_disk_usage_gb = (double)services.Sum(s => s.DiskUsageGb),
                            total_bandwidth_usage_gb = (double)services.Sum(s => s.BandwidthUsageGb),
                            service_types = services.GroupBy(s => PlatformServices.TypeDisplay(s.PlanType)).ToDictionary(g => g.Key, g => g.Count()),
                            recent_services = services.Take(5).Select(s => PlatformServices.Item(s, caller.Customer, now)).ToList(),
                        },
                    },
                });
            }
        }));

        PlatformRoutes.Post(api, "services/{id:int}/", (HttpContext context, int id) => PlatformCaller.Answer(world, context, clock, (_, caller) =>
            Find(world, caller, id) is { } service
                ? PlatformResults.Ok(new
                {
                    success = true,
                    data = new
                    {
                        service = PlatformServices.Detail(service, caller.Customer, clock.GetUtcNow()),
                        usage_trends = new { disk_usage_trend = Array.Empty<object>(), bandwidth_usage_trend = Array.Empty<object>(), uptime_percentage = 99.9 },
                    },
                })
                : NotFound()));

        PlatformRoutes.Post(api, "services/{id:int}/usage/", (HttpContext context, int id) => PlatformCaller.Answer(world, context, clock, (call, caller) =>
            Find(world, caller, id) is { } service
                ? PlatformResults.Ok(new { success = true, data = new { usage = PlatformServices.Usage(service, call.String("period") ?? "30d") } })
                : NotFound()));

        PlatformRoutes.Post(api, "services/{id:int}/auto-renew/", (HttpContext context, int id) => PlatformCaller.Answer(world, context, clock, (call, caller) =>
        {
            lock (world.Sync)
            {
                if (Find(world, caller, id) is not { } service)
                {
                    return NotFound();
                }

                if (!call.Has("auto_renew"))
                {
                    return PlatformResults.Error(StatusCodes.Status400BadRequest, "auto_renew field is required");
                }

                if (service.Status is not ("active" or "suspended"))
                {
                    return PlatformResults.Error(StatusCodes.Status400BadRequest, "Auto-renew cannot be modified for this service status");
                }

                var enabled = Truthy(call.Body.GetProperty("auto_renew"));
                var changed = service with { AutoRenew = enabled };
                world.Services[world.Services.IndexOf(service)] = changed;
                return PlatformResults.Ok(new
                {
                    success = true,
                    data = new
                    {
                        service = PlatformServices.Item(changed, caller.Customer, clock.GetUtcNow()),
                        message = enabled ? "Auto-renew enabled successfully" : "Auto-renew disabled successfully",
                    },
                });
            }
        }));

        PlatformRoutes.Get(api, "services/plans/", (HttpContext context) => PlatformResults.Ok(new
        {
            success = true,
            data = new
            {
                plans = PlatformServices.Plans
                    .Where(plan => plan.IsPublic && (string.IsNullOrEmpty(context.Request.Query["plan_type"]) || plan.PlanType == context.Request.Query["plan_type"]))
                    .Select((plan, index) => Plan(plan, index))
                    .ToList(),
            },
        }));
    }

    private static IResult NotFound() => PlatformResults.Error(StatusCodes.Status404NotFound, "Service not found or access denied");

    private static List<DemoService> Newest(DemoWorld world, PlatformCaller caller) =>
        world.Services.Where(s => s.CustomerId == caller.Customer.Id).OrderByDescending(s => s.CreatedAt).ThenByDescending(s => s.Id).ToList();

    private static DemoService? Find(DemoWorld world, PlatformCaller caller, int id)
    {
        lock (world.Sync)
        {
            return world.Services.FirstOrDefault(s => s.Id == id && s.CustomerId == caller.Customer.Id);
        }
    }

    /// <summary>Python truthiness, as the Platform coerces <c>auto_renew</c>: the string "false" is true.</summary>
    private static bool Truthy(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.String => value.GetString()!.Length > 0,
        JsonValueKind.Number => value.GetDecimal() != 0,
        JsonValueKind.Array => value.GetArrayLength() > 0,
        JsonValueKind.Object => value.EnumerateObject().Any(),
        _ => false,
    };

    private static object Plan(PlatformPlan plan, int index)
    {
        var monthly = decimal.Parse(plan.PriceMonthly, System.Globalization.CultureInfo.InvariantCulture);
        var quarterly = plan.PriceQuarterly is { } q ? decimal.Parse(q, System.Globalization.CultureInfo.InvariantCulture) : monthly * 3;
        var annual = plan.PriceAnnual is { } a ? decimal.Parse(a, System.Globalization.CultureInfo.InvariantCulture) : monthly * 12;
        return new
        {
            id = plan.Id,
            name = plan.Name,
            plan_type = plan.PlanType,
            plan_type_display = PlatformServices.TypeDisplay(plan.PlanType),
            description = plan.Description,
            price_monthly = plan.PriceMonthly,
            price_quarterly = plan.PriceQuarterly,
            price_annual = plan.PriceAnnual,
            setup_fee = plan.SetupFee,
            monthly_equivalent = new { monthly = (double)monthly, quarterly = (double)Math.Round(quarterly / 3, 2), annual = (double)Math.Round(annual / 12, 2) },
            quarterly_savings = (double)Math.Round((monthly * 3) - quarterly, 2),
            annual_savings = (double)Math.Round((monthly * 12) - annual, 2),
            disk_space_gb = plan.DiskSpaceGb,
            bandwidth_gb = plan.BandwidthGb,
            email_accounts = plan.EmailAccounts,
            databases = plan.Databases,
            domains = plan.Domains,
            cpu_cores = plan.CpuCores,
            ram_gb = plan.RamGb,
            feature_summary = FeatureSummary(plan),
            is_active = true,
            is_public = plan.IsPublic,
            sort_order = index + 1,
        };
    }

    /// <summary>The plan's resources in words, as the Platform lists them; a resource the plan does not set is left out.</summary>
    private static List<string> FeatureSummary(PlatformPlan plan) =>
        new[]
        {
            plan.DiskSpaceGb is { } disk ? $"{disk} GB disk" : null,
            plan.BandwidthGb is { } bandwidth ? $"{bandwidth} GB bandwidth" : null,
            plan.EmailAccounts is > 0 ? $"{plan.EmailAccounts} e-mail accounts" : null,
            plan.Databases is > 0 ? $"{plan.Databases} databases" : null,
            plan.CpuCores is { } cores ? $"{cores} CPU cores" : null,
            plan.RamGb is { } ram ? $"{ram} GB RAM" : null,
        }.OfType<string>().DefaultIfEmpty(plan.Description).ToList();
}
