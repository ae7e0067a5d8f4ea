using System.Globalization;
using Portal.Demo.Backend.Data;

namespace Portal.Demo.Backend.Platform;

/// <summary>
/// Services' object shapes (platform-api.md §7): no cents — <c>price</c> a decimal string in units, monthly amounts JSON
/// floats in units, <c>currency_code</c>; <c>server_name</c>/<c>server_ip</c> absent when there is no server.
/// </summary>
internal static class PlatformServices
{
    public const int NoExpiry = 999_999;

    /// <summary>Romanian VAT, applied to the monthly price.</summary>
    public const double VatRate = 0.21;

    public static IReadOnlyList<PlatformPlan> Plans { get; } =
    [
        new(1, "Business Hosting Plus", "shared_hosting", "cPanel hosting for busy practice websites", "129.00", "369.00", "1390.00", "0.00", 50, 500, 25, 10, 5, null, null),
        new(2, "Domain registration", "domain", "A .com, .org or .example domain for a year", "5.42", null, "65.00", "0.00", null, null, null, null, 1, null, null),
        new(3, "SSL certificate (wildcard)", "ssl", "A wildcard certificate for every subdomain", "33.25", null, "399.00", "0.00", null, null, null, null, null, null, null),
        new(4, "Managed VPS M", "vps", "4 cores, 8 GB RAM, managed updates", "219.00", "639.00", "2390.00", "99.00", 160, 4_000, 0, 20, 10, 4, 8),
        new(5, "Professional E-mail (10 mailboxes)", "email", "Ten mailboxes with spam filtering", "45.00", "129.00", "490.00", "0.00", 100, null, 10, 0, 1, null, null),
        new(6, "Offsite Backup 200 GB", "backup", "Nightly offsite backups, 30 days kept", "36.33", "109.00", "399.00", "0.00", 200, null, null, null, null, null, null),
        new(7, "Starter Hosting (legacy)", "shared_hosting", "No longer sold", "49.83", null, null, "0.00", 5, 50, 5, 1, 1, null, null, IsPublic: false),

        // Plans no demo service is on, so every plan type in use has others to move to; one sold monthly only.
        new(8, "Business Hosting Starter", "shared_hosting", "cPanel hosting for a small practice site", "69.00", null, null, "0.00", 20, 200, 10, 5, 2, null, null),
        new(9, "Business Hosting Max", "shared_hosting", "cPanel hosting with room for several sites", "189.00", "539.00", "1990.00", "0.00", 100, 1_000, 50, 25, 10, null, null),
        new(10, "Domain registration (premium)", "domain", "A premium domain with privacy protection for a year", "12.42", null, "149.00", "0.00", null, null, null, null, 1, null, null),
        new(11, "SSL certificate (single domain)", "ssl", "A certificate for one domain name", "8.25", null, "99.00", "0.00", null, null, null, null, 1, null, null),
        new(12, "Managed VPS L", "vps", "8 cores, 16 GB RAM, managed updates", "389.00", "1129.00", "4190.00", "99.00", 320, 8_000, 0, 40, 20, 8, 16),
        new(13, "Professional E-mail (25 mailboxes)", "email", "Twenty-five mailboxes with spam filtering", "99.00", "285.00", "1090.00", "0.00", 250, null, 25, 0, 1, null, null),
        new(14, "Offsite Backup 500 GB", "backup", "Nightly offsite backups, 90 days kept", "79.00", "229.00", "849.00", "0.00", 500, null, null, null, null, null, null),
    ];

    public static PlatformPlan PlanOf(DemoService service) => Plans.First(plan => plan.Name == service.ServiceName);

    public static string TypeDisplay(string planType) => planType switch
    {
        "shared_hosting" => "Shared Hosting",
        "vps" => "VPS",
        "dedicated" => "Dedicated Server",
        "cloud" => "Cloud",
        "domain" => "Domain",
        "ssl" => "SSL Certificate",
        "email" => "Email",
        "backup" => "Backup",
        "maintenance" => "Maintenance",
        _ => planType,
    };

    public static IReadOnlyList<string> Statuses { get; } = ["pending", "provisioning", "active", "suspended", "failed", "terminated", "expired"];

    public static Dictionary<string, object?> Item(DemoService service, DemoTenant customer, DateTimeOffset now)
    {
        var plan = PlanOf(service);
        var item = Core(service, customer, now);
        item["service_plan_name"] = plan.Name;
        item["service_plan_type"] = plan.PlanType;
        item["service_plan_type_display"] = TypeDisplay(plan.PlanType);
        if (service.Server is { } server)
        {
            item["server_name"] = server.Name;
            item["server_ip"] = server.PrimaryIp;
        }

        item["is_active"] = service.Status == "active";
        return item;
    }

    public static Dictionary<string, object?> Detail(DemoService service, DemoTenant customer, DateTimeOffset now)
    {
        var plan = PlanOf(service);
        var monthly = Monthly(service);
        var detail = Core(service, customer, now);
        detail["total_monthly_cost"] = monthly;
        detail["vat_amount"] = Math.Round(monthly * VatRate, 2);
        detail["customer_contact_phone"] = string.Empty;
        detail["service_plan"] = new
        {
            id = plan.Id,
            name = plan.Name,
            plan_type = plan.PlanType,
            plan_type_display = TypeDisplay(plan.PlanType),
            description = plan.Description,
            price_monthly = plan.PriceMonthly,
            price_quarterly = plan.PriceQuarterly,
            price_annual = plan.PriceAnnual,
            setup_fee = plan.SetupFee,
            disk_space_gb = plan.DiskSpaceGb,
            bandwidth_gb = plan.BandwidthGb,
            email_accounts = plan.EmailAccounts,
            databases = plan.Databases,
            domains = plan.Domains,
            cpu_cores = plan.CpuCores,
            ram_gb = plan.RamGb,
        };
        detail["server"] = service.Server is { } server
            ? new
            {
                id = server.Id,
                name = server.Name,
                hostname = server.Hostname,
                server_type = server.ServerType,
                server_type_display = CultureInfo.InvariantCulture.TextInfo.ToTitleCase(server.ServerType),
                primary_ip = server.PrimaryIp,
                location = server.Location,
                datacenter = server.Datacenter,
                status = "active",
            }
            : null;
        detail["disk_usage_percentage"] = Percentage(service.DiskUsageGb, plan.DiskSpaceGb);
        detail["bandwidth_usage_percentage"] = Percentage(service.BandwidthUsageGb, plan.BandwidthGb);
        detail["features"] = new
        {
            disk_space_gb = plan.DiskSpaceGb,
            bandwidth_gb = plan.BandwidthGb,
            email_accounts = plan.EmailAccounts,
            databases = plan.Databases,
            domains = plan.Domains,
            cpu_cores = plan.CpuCores,
            ram_gb = plan.RamGb,
            plan_features = new { },
            auto_provision = plan.PlanType is "shared_hosting" or "email",
        };
        detail["service_age_days"] = (int)(now - service.CreatedAt).TotalDays;
        detail["suspended_at"] = service.Status == "suspended" ? PlatformDates.Local(service.ExpiresAt) : null;
        detail["suspension_reason"] = service.Status == "suspended" ? "Unpaid invoice" : string.Empty;
        detail["permissions"] = new
        {
            can_view_details = true,
            can_view_usage = true,
            can_change_auto_renew = service.Status is "active" or "suspended",
            can_request_suspension = service.Status == "active",
            can_request_reactivation = service.Status == "suspended",
            can_view_billing = true,
            can_upgrade_plan = service.Status == "active",
            can_cancel = service.Status is "active" or "suspended",
        };
        return detail;
    }

    /// <summary>The usage snapshot: current figures and alerts; the trend arrays are always empty.</summary>
    public static object Usage(DemoService service, string period)
    {
        var plan = PlanOf(service);
        var disk = (double)service.DiskUsageGb;
        var bandwidth = (double)service.BandwidthUsageGb;
        var diskPercentage = Percentage(service.DiskUsageGb, plan.DiskSpaceGb);
        var bandwidthPercentage = Percentage(service.BandwidthUsageGb, plan.BandwidthGb);
        var alerts = new List<object>();
        if (diskPercentage > 80)
        {
            alerts.Add(new { type = "warning", message = string.Create(CultureInfo.InvariantCulture, $"Disk usage is at {diskPercentage:0.#}%"), resource = "disk" });
        }

        if (bandwidthPercentage > 80)
        {
            alerts.Add(new { type = "warning", message = string.Create(CultureInfo.InvariantCulture, $"Bandwidth usage is at {bandwidthPercentage:0.#}%"), resource = "bandwidth" });
        }

        return new
        {
            current_usage = new
            {
                disk_usage_gb = disk,
                disk_limit_gb = plan.DiskSpaceGb,
                disk_usage_percentage = diskPercentage,
                bandwidth_usage_gb = bandwidth,
                bandwidth_limit_gb = plan.BandwidthGb,
                bandwidth_usage_percentage = bandwidthPercentage,
                email_accounts_used = EmailAccountsUsed(service),
                email_accounts_limit = plan.EmailAccounts,
                databases_used = DatabasesUsed(service),
                databases_limit = plan.Databases,
            },
            historical_usage = new
            {
                period,
                disk_usage_trend = Array.Empty<object>(),
                bandwidth_usage_trend = Array.Empty<object>(),
                uptime_percentage = 99.9,
            },
            alerts,
        };
    }

    /// <summary>The monthly equivalent, a float in units.</summary>
    public static double Monthly(DemoService service) => (double)Math.Round(service.MonthlyCostCents / 100m, 2);

    private static Dictionary<string, object?> Core(DemoService service, DemoTenant customer, DateTimeOffset now) => new()
    {
        ["id"] = service.Id,
        ["service_name"] = service.ServiceName,
        ["domain"] = service.Domain,
        ["username"] = service.Username,
        ["status"] = service.Status,
        ["status_display"] = CultureInfo.InvariantCulture.TextInfo.ToTitleCase(service.Status),
        ["status_color"] = service.Status switch
        {
            "active" => "#10B981",
            "suspended" => "#F59E0B",
            "pending" or "provisioning" => "#3B82F6",
            _ => "#6B7280",
        },
        ["billing_cycle"] = service.BillingCycle,
        ["billing_cycle_display"] = service.BillingCycle switch
        {
            "semi_annual" => "Semi-annual",
            var cycle => CultureInfo.InvariantCulture.TextInfo.ToTitleCase(cycle),
        },
        ["price"] = PlatformBilling.Units(service.PriceCents),
        ["monthly_price"] = Monthly(service),
        ["setup_fee_paid"] = service.Status != "pending",
        ["customer_name"] = customer.BillTo.CompanyName,
        ["auto_renew"] = service.AutoRenew,
        ["is_overdue"] = service.ExpiresAt < now,
        ["days_until_expiry"] = service.ExpiresAt is { } expires ? (int)Math.Floor((expires - now).TotalDays) : NoExpiry,
        ["disk_usage_gb"] = (double)service.DiskUsageGb,
        ["bandwidth_usage_gb"] = (double)service.BandwidthUsageGb,
        ["email_accounts_used"] = EmailAccountsUsed(service),
        ["databases_used"] = DatabasesUsed(service),
        ["next_billing_date"] = service.Status == "active" && service.ExpiresAt is { } renews ? PlatformDates.Date(DateOnly.FromDateTime(renews.UtcDateTime)) : null,
        ["created_at"] = PlatformDates.Local(service.CreatedAt),
        ["activated_at"] = service.Status == "pending" ? null : PlatformDates.Local(service.CreatedAt.AddHours(1)),
        ["expires_at"] = PlatformDates.Local(service.ExpiresAt),
        ["currency_code"] = PlatformSeeder.Currency,
        ["updated_at"] = PlatformDates.Local(service.CreatedAt.AddDays(3)),
    };

    private static double Percentage(decimal used, int? limit) =>
        limit is > 0 ? (double)Math.Round(used / limit.Value * 100m, 1) : 0.0;

    private static int EmailAccountsUsed(DemoService service) => service.PlanType switch
    {
        "email" => 7,
        "shared_hosting" => 3,
        _ => 0,
    };

    private static int DatabasesUsed(DemoService service) => service.PlanType switch
    {
        "shared_hosting" => 2,
        "vps" => 4,
        _ => 0,
    };
}
