using System.Globalization;
using System.Text;
using Portal.Demo.Backend.Pdf;

namespace Portal.Demo.Backend.Data;

/// <summary>
/// Seeds the Platform side of each customer (each tenant with a Platform customer id): services with 90 days of usage,
/// a year of invoices, proformas and tickets, so that every status, kind and quirk of platform-api.md shows up.
/// </summary>
internal sealed class PlatformSeeder(Random random, DateTimeOffset anchor, IReadOnlyList<DemoUser> users)
{
    public const string Currency = "RON";
    public const int VatPercent = 21;
    public const int UsageDays = 90;
    public const string StaffName = "Platform Support";
    public const string StaffEmail = "support@platform.example";

    private static readonly string[] StaffMembers = ["Andrei Popescu", "Ioana Marin", "Mihai Ionescu"];
    private static readonly string[] TicketStatuses = ["open", "waiting_on_customer", "in_progress", "closed"];

    /// <summary>A valid 1×1 PNG: an image attachment that opens.</summary>
    private static readonly byte[] OnePixelPng = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    private int invoiceId;
    private int invoiceNumber;
    private int proformaNumber;
    private int commentId;
    private int attachmentId;

    public List<DemoService> Services { get; } = [];

    public List<DemoInvoice> Invoices { get; } = [];

    public List<DemoInvoice> Proformas { get; } = [];

    public List<DemoTicket> Tickets { get; } = [];

    public void Seed(IReadOnlyList<DemoTenant> tenants)
    {
        var customers = tenants.Where(t => t.PlatformCustomerId is not null).ToList();
        for (var index = 0; index < customers.Count; index++)
        {
            SeedServices(customers[index], index);
        }

        SeedInvoices(customers);
        for (var index = 0; index < customers.Count; index++)
        {
            SeedProformas(customers[index], index);
            SeedTickets(customers[index]);
        }
    }

    private void SeedServices(DemoTenant tenant, int index)
    {
        var shared = new DemoServer(11, "web-bv-03", "web-bv-03.platform.example", "shared", "185.12.40.23", "Brasov", "BV1");
        var vps = new DemoServer(21 + index, $"vps-buh-{17 + index}", $"vps-buh-{17 + index}.platform.example", "vps", $"185.12.41.{60 + index}", "Bucharest", "BUH2");
        var mail = new DemoServer(31, "mx-buh-01", "mx-buh-01.platform.example", "mail", "185.12.42.5", "Bucharest", "BUH2");
        var prefix = tenant.Id[4..];

        // The second customer has a suspended VPS and an overdue invoice, the third a pending e-mail plan, the first an old
        // terminated plan and a backup without expiry: every state the pages must show appears.
        AddService(tenant, "Business Hosting Plus", "shared_hosting", tenant.Domain, "active", "monthly", 12_900, true, 25, 12m, 0.06m, prefix + "web", shared);
        AddService(tenant, "Domain registration", "domain", tenant.Domain, "active", "annual", 6_500, true, 12 + (index * 40), 0m, 0m, prefix, null);
        AddService(tenant, "SSL certificate (wildcard)", "ssl", "*." + tenant.Domain, "active", "annual", 39_900, index != 1, 150 + (index * 30), 0m, 0m, prefix, null);
        AddService(tenant, "Managed VPS M", "vps", "app." + tenant.Domain, index == 1 ? "suspended" : "active", "monthly", 21_900, true, index == 1 ? -3 : 9, 38m, 0.12m, "root", vps);
        AddService(tenant, "Professional E-mail (10 mailboxes)", "email", "mail." + tenant.Domain, index == 2 ? "pending" : "active", "monthly", 4_500, true, 18, 4m, 0.02m, prefix + "mail", mail);
        if (index == 0)
        {
            AddService(tenant, "Offsite Backup 200 GB", "backup", "backup." + tenant.Domain, "active", "quarterly", 10_900, false, null, 150m, 0.3m, prefix + "bak", vps);
            AddService(tenant, "Starter Hosting (legacy)", "shared_hosting", "old." + tenant.Domain, "terminated", "semi_annual", 29_900, false, -120, 2m, 0m, prefix + "old", shared);
        }
    }

    private void AddService(
        DemoTenant tenant,
        string name,
        string planType,
        string domain,
        string status,
        string cycle,
        long priceCents,
        bool autoRenew,
        int? expiresInDays,
        decimal startDiskGb,
        decimal dailyGrowthGb,
        string username,
        DemoServer? server)
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
            planType,
            domain,
            status,
            cycle,
            priceCents,
            autoRenew,
            tenant.CreatedAt.AddDays(random.Next(0, 60)).AddHours(10.5),
            expiresInDays is { } days ? anchor.AddDays(days).AddHours(21) : null,
            usage,
            username,
            server));
    }

    private void SeedInvoices(IReadOnlyList<DemoTenant> customers)
    {
        var thisMonth = new DateTimeOffset(anchor.Year, anchor.Month, 1, 0, 0, 0, TimeSpan.Zero);
        for (var monthsAgo = 11; monthsAgo >= 0; monthsAgo--)
        {
            var created = thisMonth.AddMonths(-monthsAgo).AddHours(6);
            var month = DateOnly.FromDateTime(created.UtcDateTime);
            for (var index = 0; index < customers.Count; index++)
            {
                var tenant = customers[index];
                var lines = Services
                    .Where(s => s.CustomerId == tenant.Id && s.Status is "active" or "suspended" && Bills(s, created))
                    .Select(s => new DemoDocumentLine(
                        LineText(s, created), 1, s.PriceCents, VatPercent, "service",
                        s.PlanType is "domain" or "ssl" ? s.Domain : string.Empty,
                        month, PeriodEnd(s, month)))
                    .ToList();
                var due = created.AddDays(14);

                // This month's invoices are issued. Last month's of the second customer carries the status "overdue"; the
                // third's is still "issued" past its due date, which the Platform flags only through is_overdue.
                var (status, paidAt) = monthsAgo switch
                {
                    0 => ("issued", (DateTimeOffset?)null),
                    1 when index == 1 => ("overdue", null),
                    1 when index == 2 => ("issued", null),
                    _ => ("paid", created.AddDays(random.Next(2, 13)).AddHours(random.Next(1, 9))),
                };
                AddInvoice(tenant, status, created, created, due, paidAt, lines);
            }
        }

        // The first customer also has a draft, a voided and a partly refunded invoice: every invoice status but
        // "refunded" appears, and "partially_refunded" shows the list filter's quirk.
        var first = customers[0];
        AddInvoice(first, "void", anchor.AddDays(-50).AddHours(9), anchor.AddDays(-50).AddHours(9), anchor.AddDays(-36), null,
            [new DemoDocumentLine("Business Hosting Plus: duplicate order", 1, 12_900, VatPercent, "misc")]);
        AddInvoice(first, "partially_refunded", anchor.AddDays(-40).AddHours(11), anchor.AddDays(-40).AddHours(11), anchor.AddDays(-26), anchor.AddDays(-35),
            [new DemoDocumentLine("Website migration assistance (hours)", 4, 35_000, VatPercent, "setup"),
             new DemoDocumentLine("Goodwill credit for the delayed migration", 1, -20_000, VatPercent, "credit")],
            refundedCents: 12_100);
        AddInvoice(first, "draft", anchor.AddDays(-2).AddHours(15), null, anchor.AddDays(12), null,
            [new DemoDocumentLine("Website migration assistance (hours)", 3, 35_000, VatPercent, "setup")]);
    }

    private static bool Bills(DemoService service, DateTimeOffset month)
    {
        var renews = service.ExpiresAt?.Month ?? service.CreatedAt.Month;
        return service.BillingCycle switch
        {
            "annual" => renews == month.Month,
            "semi_annual" => (month.Month - renews + 12) % 6 == 0,
            "quarterly" => (month.Month - renews + 12) % 3 == 0,
            _ => true,
        };
    }

    private static DateOnly PeriodEnd(DemoService service, DateOnly start) => service.BillingCycle switch
    {
        "annual" => start.AddYears(1).AddDays(-1),
        "semi_annual" => start.AddMonths(6).AddDays(-1),
        "quarterly" => start.AddMonths(3).AddDays(-1),
        _ => start.AddMonths(1).AddDays(-1),
    };

    private static string LineText(DemoService service, DateTimeOffset month) => service.BillingCycle switch
    {
        "annual" => $"{service.ServiceName}: {service.Domain}, 12 months",
        "semi_annual" => $"{service.ServiceName}: 6 months from {month.ToString("MMM yyyy", CultureInfo.InvariantCulture)}",
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
        IReadOnlyList<DemoDocumentLine> lines,
        long refundedCents = 0)
    {
        invoiceId++;
        invoiceNumber++;
        Invoices.Add(new DemoInvoice(
            invoiceId,
            string.Create(CultureInfo.InvariantCulture, $"INV-{invoiceNumber:D6}"),
            tenant.Id,
            status,
            Currency,
            created,
            issued,
            due,
            paidAt,
            lines,
            RefundedCents: refundedCents));
    }

    private void SeedProformas(DemoTenant tenant, int index)
    {
        AddProforma(tenant, "sent", anchor.AddDays(-6).AddHours(10), anchor.AddDays(24),
            "Quote for upgrading the application server to Managed VPS L with daily snapshots. Prices valid for 30 days.",
            [new DemoDocumentLine("Managed VPS L (12 months, prepaid)", 12, 34_900, VatPercent),
             new DemoDocumentLine("Daily snapshots add-on (12 months)", 12, 3_900, VatPercent),
             new DemoDocumentLine("One-off migration service", 1, 65_000, VatPercent, "setup")]);
        AddProforma(tenant, "expired", anchor.AddDays(-75).AddHours(13), anchor.AddDays(-45),
            "Quote for 20 additional mailboxes. Not accepted before its validity ended.",
            [new DemoDocumentLine("Professional E-mail, 10 extra mailboxes (12 months)", 24, 4_500, VatPercent)]);
        AddProforma(tenant, "accepted", anchor.AddDays(-140).AddHours(9), anchor.AddDays(-110),
            "Wildcard SSL certificate, accepted.",
            [new DemoDocumentLine("SSL certificate (wildcard), 12 months", 1, 39_900, VatPercent, "service", "*." + tenant.Domain)]);
        if (index == 0)
        {
            AddProforma(tenant, "converted", anchor.AddDays(-200).AddHours(16), anchor.AddDays(-170),
                "Offsite backup, converted into an invoice.",
                [new DemoDocumentLine("Offsite Backup 200 GB, first quarter", 1, 10_900, VatPercent)]);
            AddProforma(tenant, "draft", anchor.AddDays(-1).AddHours(12), anchor.AddDays(29),
                "Draft: a second domain for the new location.",
                [new DemoDocumentLine("Domain registration, 12 months", 1, 6_500, VatPercent, "service", "riverside-east.example")]);
        }
    }

    private void AddProforma(DemoTenant tenant, string status, DateTimeOffset created, DateTimeOffset validUntil, string notes, IReadOnlyList<DemoDocumentLine> lines)
    {
        invoiceId++;
        proformaNumber++;
        Proformas.Add(new DemoInvoice(
            invoiceId,
            string.Create(CultureInfo.InvariantCulture, $"PRO-{proformaNumber:D6}"),
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

    /// <summary>
    /// Five to seven tickets per customer. The first four are open, waiting on the customer, in progress and closed, so every
    /// status shows; every fourth has no category; every answered one carries an internal note the customer never sees,
    /// the one waiting on the customer support's files of
    /// every kind (one flagged unsafe) and the customer's first reply a screenshot.
    /// </summary>
    private void SeedTickets(DemoTenant tenant)
    {
        var templates = DemoCatalog.TicketTemplates.OrderBy(_ => random.Next()).Take(random.Next(5, 8)).ToList();
        var contact = users.Where(u => u.Memberships.Any(m => m.TenantId == tenant.Id && m.IsActive))
            .OrderBy(u => u.Memberships.First(m => m.TenantId == tenant.Id).Role == "owner" ? 0 : 1)
            .First();
        for (var n = 0; n < templates.Count; n++)
        {
            var template = templates[n];
            var id = 1_000 + Tickets.Count + 1;
            var created = anchor.AddDays(-random.Next(1, 60)).AddMinutes(random.Next(8 * 60, 18 * 60));
            var status = n < 4 ? TicketStatuses[n] : random.Pick(TicketStatuses);
            var replies = status switch
            {
                "open" => 0,
                "waiting_on_customer" => 1,
                "in_progress" => Math.Min(2, template.Replies.Count),
                _ => template.Replies.Count,
            };
            var category = n % 4 == 3 ? null : DemoCatalog.TicketCategories.First(c => c.Id == template.CategoryId);
            var ticket = new DemoTicket(
                id,
                string.Create(CultureInfo.InvariantCulture, $"TK{created.Year}-{random.Next(0x1000_0000, int.MaxValue):X8}"),
                tenant.Id,
                template.Title,
                template.Description,
                random.Pick(["low", "normal", "normal", "high", "urgent", "critical"]),
                category,
                contact.Name,
                contact.Email,
                replies == 0 ? string.Empty : random.Pick(StaffMembers),
                category is null ? "email" : "web",
                created);
            var at = created;
            for (var r = 0; r < replies; r++)
            {
                at = at.AddMinutes(random.Next(30, 1_500));
                commentId++;
                var staff = r % 2 == 0;
                ticket.Comments.Add(staff
                    ? new DemoTicketComment(commentId, StaffName, StaffEmail, template.Replies[r], true, at, Attachments: status == "waiting_on_customer" ? SupportFiles(at) : null)
                    : new DemoTicketComment(commentId, contact.Name, contact.Email, template.Replies[r], false, at, Attachments: r == 1 ? [Screenshot(at)] : null));
                if (r == 0)
                {
                    // An internal note: counted by the list's comments_count, never shown to the customer.
                    commentId++;
                    ticket.Comments.Add(new DemoTicketComment(commentId, ticket.AssignedTo, StaffEmail, "Checked the account; replied to the customer.", true, at.AddMinutes(2), IsPublic: false));
                }
            }

            ticket.UpdatedAt = at;
            ticket.Status = status;
            if (status == "closed")
            {
                ticket.ClosedAt = at.AddHours(2);
            }

            Tickets.Add(ticket);
        }
    }

    /// <summary>
    /// What support sends a customer it waits on: notes, a PDF report, a screenshot, a saved web page (which Portal hands
    /// out as a plain download, never as a page) and a tool the Platform's scan flagged (listed, never handed out).
    /// </summary>
    private List<DemoTicketAttachment> SupportFiles(DateTimeOffset at)
    {
        var notes = "What we checked:\n- account status: active\n- last backup: completed\n- open invoices: see the billing page\n";
        var report = MinimalPdfWriter.Write(
            "Diagnostics report",
            [
                new PdfTextLine(56, 780, 16, "Diagnostics report", Bold: true),
                new PdfTextLine(56, 750, 11, "DNS: all records resolve; mail: SPF and DKIM pass; backups: last run completed."),
            ]);
        var page = "<!DOCTYPE html>\n<html><head><title>Error 502</title></head>\n<body><h1>Bad gateway</h1><p>Saved from the customer's site.</p></body></html>\n";
        return
        [
            Attachment("support-notes.txt", "text/plain", Encoding.UTF8.GetBytes(notes), at),
            Attachment("diagnostics-report.pdf", "application/pdf", report, at),
            Attachment("dns-settings.png", "image/png", OnePixelPng, at),
            Attachment("error-page.html", "text/html", Encoding.UTF8.GetBytes(page), at),
            Attachment("cleanup-tool.exe", "application/x-msdownload", Encoding.ASCII.GetBytes("MZ demo executable"), at, isSafe: false),
        ];
    }

    private DemoTicketAttachment Screenshot(DateTimeOffset at) => Attachment("screenshot.png", "image/png", OnePixelPng, at);

    private DemoTicketAttachment Attachment(string filename, string contentType, byte[] content, DateTimeOffset at, bool isSafe = true)
    {
        attachmentId++;
        return new DemoTicketAttachment(attachmentId, filename, contentType, content, at, isSafe);
    }
}
