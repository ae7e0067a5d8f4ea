using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Portal.Demo.Backend.Data;
using Portal.Demo.Backend.Pdf;

namespace Portal.Demo.Backend.Platform;

/// <summary>billing (platform-api.md §6): summary, invoices and proformas with their PDFs, currencies. Any role may read.</summary>
internal static class PlatformBillingEndpoints
{
    /// <summary>The only invoice statuses the list filter knows; any other value (even <c>partially_refunded</c>) is ignored.</summary>
    public static IReadOnlyList<string> InvoiceFilterStatuses { get; } = ["draft", "issued", "paid", "overdue", "void", "refunded"];

    /// <summary>The proforma filter's statuses; <c>converted</c> is ignored.</summary>
    public static IReadOnlyList<string> ProformaFilterStatuses { get; } = ["draft", "sent", "accepted", "expired"];

    public static void Map(RouteGroupBuilder api, DemoWorld world, TimeProvider clock)
    {
        PlatformRoutes.Post(api, "billing/summary/", (HttpContext context) => PlatformCaller.Answer(world, context, clock, (_, caller) =>
        {
            var invoices = Newest(world.Invoices, caller);
            var now = clock.GetUtcNow();
            return PlatformResults.Ok(new
            {
                success = true,
                summary = new
                {
                    total_invoices = invoices.Count,
                    draft_invoices = invoices.Count(i => i.Status == "draft"),
                    issued_invoices = invoices.Count(i => i.Status == "issued"),
                    overdue_invoices = invoices.Count(i => i.Status == "overdue"),
                    paid_invoices = invoices.Count(i => i.Status == "paid"),

                    // The gross totals of issued and overdue invoices, not net of payments, and always "RON".
                    total_amount_due_cents = invoices.Where(i => i.Status is "issued" or "overdue").Sum(i => i.TotalCents),
                    currency_code = "RON",
                    recent_invoices = invoices.Take(5).Select(i => new
                    {
                        number = i.Number,
                        status = i.Status,
                        total_cents = i.TotalCents,
                        due_at = PlatformDates.Zulu(i.DueAt),
                        is_overdue = i.IsOverdue(now),
                        created_at = PlatformDates.Zulu(i.CreatedAt),
                    }).ToList(),
                },
            });
        }));

        PlatformRoutes.Post(api, "billing/invoices/", (HttpContext context) => PlatformCaller.Answer(world, context, clock, (call, caller) =>
        {
            var status = call.String("status");
            var filter = status is not null && InvoiceFilterStatuses.Contains(status) ? status : null;
            var now = clock.GetUtcNow();
            var matching = Newest(world.Invoices, caller).Where(i => filter is null || i.Status == filter).ToList();
            return PlatformPage.Billing(call, matching, "invoices", i => PlatformBilling.InvoiceItem(i, now), "Invoice service temporarily unavailable");
        }));

        PlatformRoutes.Post(api, "billing/proformas/", (HttpContext context) => PlatformCaller.Answer(world, context, clock, (call, caller) =>
        {
            var status = call.String("status");
            var filter = status is not null && ProformaFilterStatuses.Contains(status) ? status : null;
            var now = clock.GetUtcNow();
            var matching = Newest(world.Proformas, caller).Where(p => filter is null || p.Status == filter).ToList();
            return PlatformPage.Billing(call, matching, "proformas", p => PlatformBilling.ProformaItem(p, now), "Proforma service temporarily unavailable");
        }));

        PlatformRoutes.Post(api, "billing/invoices/{number}/", (HttpContext context, string number) => PlatformCaller.Answer(world, context, clock, (_, caller) =>
            Find(world.Invoices, caller, number) is { } invoice
                ? PlatformResults.Ok(new { success = true, invoice = PlatformBilling.Invoice(invoice, caller.Customer.BillTo, clock.GetUtcNow()) })
                : PlatformResults.Error(StatusCodes.Status404NotFound, "Invoice not found")));

        PlatformRoutes.Post(api, "billing/proformas/{number}/", (HttpContext context, string number) => PlatformCaller.Answer(world, context, clock, (_, caller) =>
            Find(world.Proformas, caller, number) is { } proforma
                ? PlatformResults.Ok(new { success = true, proforma = PlatformBilling.Proforma(proforma, caller.Customer.BillTo, clock.GetUtcNow()) })
                : PlatformResults.Error(StatusCodes.Status404NotFound, "Proforma not found")));

        PlatformRoutes.Post(api, "billing/invoices/{number}/pdf/", (HttpContext context, string number) => PlatformCaller.Answer(world, context, clock, (_, caller) =>
            Find(world.Invoices, caller, number) is { } invoice
                ? Results.File(InvoicePdfRenderer.Render(invoice, caller.Customer.BillTo), "application/pdf", $"factura_{invoice.Number}.pdf")
                : PlatformResults.Error(StatusCodes.Status404NotFound, "Invoice not found")));

        PlatformRoutes.Post(api, "billing/proformas/{number}/pdf/", (HttpContext context, string number) => PlatformCaller.Answer(world, context, clock, (_, caller) =>
            Find(world.Proformas, caller, number) is { } proforma
                ? Results.File(InvoicePdfRenderer.Render(proforma, caller.Customer.BillTo), "application/pdf", $"proforma_{proforma.Number}.pdf")
                : PlatformResults.Error(StatusCodes.Status404NotFound, "Proforma not found")));

        PlatformRoutes.Get(api, "billing/currencies/", () => PlatformResults.Ok(new { success = true, currencies = new[] { PlatformBilling.Currency(PlatformSeeder.Currency) } }));
    }

    private static List<DemoInvoice> Newest(List<DemoInvoice> source, PlatformCaller caller) =>
        source.Where(i => i.CustomerId == caller.Customer.Id).OrderByDescending(i => i.CreatedAt).ThenByDescending(i => i.Id).ToList();

    private static DemoInvoice? Find(List<DemoInvoice> source, PlatformCaller caller, string number) =>
        source.FirstOrDefault(i => i.CustomerId == caller.Customer.Id && string.Equals(i.Number, number, StringComparison.Ordinal));
}
