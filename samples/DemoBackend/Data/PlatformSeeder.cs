using System.Globalization;

namespace Portal.Demo.Backend.Data;

/// <summary>Seeds the Platform side of each customer: services with 90 days of usage, a year of invoices, proformas and tickets.</summary>
internal sealed class PlatformSeeder(Random random, DateTimeOffset anchor)
{
    public const string Currency = "EUR";
    public const int VatPercent = 21;
    public const int UsageDays = 90;

    private int invoiceId;
    private int invoiceNumber;
    private int proformaNumber;
    private int commentId;

    public List<DemoService> Services { get; } = [];

    public List<DemoInvoice> Invoices { get; } = [];

    public List<DemoInvoice> Proformas { get; } = [];

    public List<DemoTicket> Tickets { get; } = [];

    public void Seed(IReadOnlyList<DemoTenant> tenants)
    {
        for (var index = 0; index < tenants.Count; index++)
        {
            SeedServices(tenants[index], index);
        }

        SeedInvoices(tenants);
        foreach (var tenant in tenants)
        {
            SeedProformas(tenant);
            SeedTickets(tenant);
        }
    }

    private void SeedServices(DemoTenant tenant, int index)
    {
        // The second customer has a suspended VPS and an overdue invoice; the third a pending e-mail plan: every state shows up.
        AddService(tenant, "Business Hosting Plus", "hosting", tenant.Domain, "active", "monthly", 2_900, true, 25, 12m, 0.06m);
        AddService(tenant, "Domain registration", "domain", tenant.Domain, "active", "annually", 1_500, true, 12 + (index * 40), 0m, 0m);
        AddService(tenant, "SSL certificate (wildcard)", "ssl", "*." + tenant.Domain, "active", "annually", 8_900, index != 1, 150 + (index * 30), 0m, 0m);
        AddService(tenant, "Managed VPS M", "vps", "app." + tenant.Domain, index == 1 ? "suspended" : "active", "monthly", 4_900, true, 9, 38m, 0.12m, overdue: index == 1);
        AddService(tenant, "Professional E-mail (10 mailboxes)", "email", "mail." + tenant.Domain, index == 2 ? "pending" : "active", "monthly", 1_000, true, 18, 4m, 0.02m);
        if (index == 0)
        {
            AddService(tenant, "Offsite Backup 200 GB", "backup", "backup." + tenant.Domain, "active", "quarterly", 2_400, false, 61, 95m, 0.3m);
        }
    }

    private void AddService(
        DemoTenant tenant,
        string name,
        string type,
        string domain,
        string status,
        string cycle,
        long priceCents,
        bool autoRenew,
        int expiresInDays,
        decimal startDiskGb,
        decimal dailyGrowthGb,
        bool overdue = false)
    {
        var usage = new List<DemoUsagePoint>();
        var disk = startDiskGb;
        var today = DateOnly.FromDateTime(anchor.UtcDateTime);
        for (var day = UsageDays - 1; day >= 0; day--)
        {
            var date = today.AddDays(-day);
            disk = Math.Max(0m, disk + dailyGrowthGb + ((decimal)random.NextDouble() - 0.5m) * dailyGrowthGb);
            var weekend = date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
            var requests = startDiskGb == 0m ? 0 : (int)(random.Next(300, 900) * (weekend ? 0.4 : 1.0));
            usage.Add(new DemoUsagePoint(
                date,
                Math.Round(disk, 2),
                startDiskGb == 0m ? 0m : Math.Round(requests * 0.0042m + (decimal)random.NextDouble(), 2),
                requests));
        }

        Services.Add(new DemoService(
            500 + Services.Count + 1,
            tenant.Id,
            name,
            type,
            domain,
            status,
            cycle,
            priceCents,
            autoRenew,
            tenant.CreatedAt.AddDays(random.Next(0, 60)),
            anchor.AddDays(expiresInDays),
            overdue,
            usage));
    }

    private void SeedInvoices(IReadOnlyList<DemoTenant> tenants)
    {
        var thisMonth = new DateTimeOffset(anchor.Year, anchor.Month, 1, 0, 0, 0, TimeSpan.Zero);
        for (var monthsAgo = 11; monthsAgo >= 0; monthsAgo--)
        {
            var created = thisMonth.AddMonths(-monthsAgo).AddHours(6);
            for (var index = 0; index < tenants.Count; index++)
            {
                var tenant = tenants[index];
                var lines = Services
                    .Where(s => s.CustomerId == tenant.Id && s.Status != "pending" && Bills(s, created))
                    .Select(s => new DemoDocumentLine(LineText(s, created), 1, s.PriceCents, VatPercent))
                    .ToList();
                var due = created.AddDays(14);
                var (status, paidAt) = monthsAgo switch
                {
                    0 when due < anchor => ("overdue", (DateTimeOffset?)null),
                    0 => ("issued", null),
                    1 when index == 1 => ("overdue", null),
                    _ => ("paid", created.AddDays(random.Next(2, 13))),
                };
                AddInvoice(tenant, status, created, created, due, paidAt, lines);
            }
        }

        // A draft for work not yet invoiced, so every status appears.
        AddInvoice(tenants[0], "draft", anchor.AddDays(-2), null, anchor.AddDays(12), null,
            [new DemoDocumentLine("Website migration assistance (hours)", 3, 8_500, VatPercent)]);
    }

    private static bool Bills(DemoService service, DateTimeOffset month) => service.BillingCycle switch
    {
        "annually" => service.ExpiresAt.Month == month.Month,
        "quarterly" => (month.Month - service.ExpiresAt.Month + 12) % 3 == 0,
        _ => true,
    };

    private static string LineText(DemoService service, DateTimeOffset month) => service.BillingCycle switch
    {
        "annually" => $"{service.ServiceName}: {service.Domain}, 12 months",
        "quarterly" => $"{service.ServiceName}: 3 months from {month.ToString("MMM yyyy", CultureInfo.InvariantCulture)}",
        _ => $"{service.ServiceName}: {month.ToString("MMMM yyyy", CultureInfo.InvariantCulture)}",
    };

    private void AddInvoice(
        DemoTenant tenant,
        string status,
        DateTimeOffset created,
        DateTimeOffset? issued,
        DateTimeOffset due,
        DateTimeOffset? paidAt,
        IReadOnlyList<DemoDocumentLine> lines)
    {
        invoiceId++;
        invoiceNumber++;
        Invoices.Add(new DemoInvoice(
            invoiceId,
            string.Create(CultureInfo.InvariantCulture, $"INV-{created.Year}-{invoiceNumber:D4}"),
            tenant.Id,
            status,
            Currency,
            created,
            issued,
            due,
            paidAt,
            lines));
    }

    private void SeedProformas(DemoTenant tenant)
    {
        AddProforma(tenant, "sent", anchor.AddDays(-6), anchor.AddDays(24),
            "Quote for upgrading the application server to Managed VPS L with daily snapshots. Prices valid for 30 days.",
            [new DemoDocumentLine("Managed VPS L (12 months, prepaid)", 12, 7_900, VatPercent),
             new DemoDocumentLine("Daily snapshots add-on (12 months)", 12, 900, VatPercent),
             new DemoDocumentLine("One-off migration service", 1, 15_000, VatPercent)]);
        AddProforma(tenant, "expired", anchor.AddDays(-75), anchor.AddDays(-45),
            "Quote for 20 additional mailboxes. Not accepted before its validity ended.",
            [new DemoDocumentLine("Professional E-mail, 10 extra mailboxes (12 months)", 24, 1_000, VatPercent)]);
        AddProforma(tenant, "accepted", anchor.AddDays(-140), anchor.AddDays(-110),
            "Wildcard SSL certificate, accepted and invoiced.",
            [new DemoDocumentLine("SSL certificate (wildcard), 12 months", 1, 8_900, VatPercent)]);
    }

    private void AddProforma(DemoTenant tenant, string status, DateTimeOffset created, DateTimeOffset validUntil, string notes, IReadOnlyList<DemoDocumentLine> lines)
    {
        invoiceId++;
        proformaNumber++;
        Proformas.Add(new DemoInvoice(
            invoiceId,
            string.Create(CultureInfo.InvariantCulture, $"PRO-{created.Year}-{proformaNumber:D4}"),
            tenant.Id,
            status,
            Currency,
            created,
            created,
            validUntil,
            null,
            lines,
            validUntil,
            notes));
    }

    private void SeedTickets(DemoTenant tenant)
    {
        var templates = DemoCatalog.TicketTemplates.OrderBy(_ => random.Next()).Take(random.Next(5, 8)).ToList();
        var customer = DemoCatalog.Users.First(user => user.Memberships.Any(m => m.TenantId == tenant.Id));
        foreach (var template in templates)
        {
            var id = 1_000 + Tickets.Count + 1;
            var created = anchor.AddDays(-random.Next(1, 60)).AddMinutes(random.Next(8 * 60, 18 * 60));
            var ticket = new DemoTicket(
                id,
                string.Create(CultureInfo.InvariantCulture, $"TKT-{id:D6}"),
                tenant.Id,
                template.Title,
                template.Description,
                random.Pick(["low", "normal", "normal", "high", "urgent"]),
                template.Category,
                created);
            var at = created;
            var replies = random.Next(0, template.Replies.Count + 1);
            for (var n = 0; n < replies; n++)
            {
                at = at.AddMinutes(random.Next(30, 1_500));
                commentId++;
                var staff = n % 2 == 0;
                ticket.Comments.Add(new DemoTicketComment(commentId, staff ? "Platform Support" : customer.Name, template.Replies[n], staff, at));
            }

            ticket.UpdatedAt = at;
            ticket.Status = replies == 0 ? "open"
                : replies == template.Replies.Count ? random.Pick(["resolved", "closed"])
                : replies % 2 == 1 ? "pending" : "open";
            Tickets.Add(ticket);
        }
    }
}
