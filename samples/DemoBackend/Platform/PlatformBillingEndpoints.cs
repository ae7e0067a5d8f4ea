using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Portal.Demo.Backend.Data;
using Portal.Demo.Backend.Htpi;
using Portal.Demo.Backend.Pdf;

namespace Portal.Demo.Backend.Platform;

/// <summary>billing: summary, invoices and proformas (lists use billing's pagination names), and their PDFs.</summary>
internal static class PlatformBillingEndpoints
{
    public static void Map(RouteGroupBuilder api, DemoWorld world, TimeProvider clock)
    {
        api.MapPost("billing/summary/", (HttpContext context) => PlatformCaller.Answer(world, context, (_, caller) =>
        {
            var invoices = Newest(world.Invoices, caller);
            return PlatformResults.Ok(new
            {
                success = true,
                summary = new
                {
                    total_invoices = invoices.Count,
                    draft_invoices = invoices.Count(i => i.Status == "draft"),
                    issued_invoices = invoices.Count(i => i.Status is "issued" or "overdue"),
                    overdue_invoices = invoices.Count(i => i.IsOverdue),
                    paid_invoices = invoices.Count(i => i.Status == "paid"),
                    total_amount_due_cents = invoices.Sum(i => i.AmountDueCents),
                    currency_code = PlatformSeeder.Currency,
                    recent_invoices = invoices.Take(5).Select(i => Item(i, clock)).ToList(),
                },
            });
        }));

        api.MapPost("billing/invoices/", (HttpContext context) => List(context, world, world.Invoices, "invoices", clock));
        api.MapPost("billing/proformas/", (HttpContext context) => List(context, world, world.Proformas, "proformas", clock));
        api.MapPost("billing/invoices/{number}/", (HttpContext context, string number) => Detail(context, world, world.Invoices, number, "invoice", clock));
        api.MapPost("billing/proformas/{number}/", (HttpContext context, string number) => Detail(context, world, world.Proformas, number, "proforma", clock));
        api.MapPost("billing/invoices/{number}/pdf/", (HttpContext context, string number) => Pdf(context, world, world.Invoices, number));
        api.MapPost("billing/proformas/{number}/pdf/", (HttpContext context, string number) => Pdf(context, world, world.Proformas, number));
    }

    private static IResult List(HttpContext context, DemoWorld world, List<DemoInvoice> source, string name, TimeProvider clock) =>
        PlatformCaller.Answer(world, context, (call, caller) =>
        {
            var status = call.String("status");
            var now = clock.GetUtcNow();
            var matching = Newest(source, caller)
                .Where(i => status is null || i.Status == status || (status == "expired" && i.IsExpired(now)) || (status == "overdue" && i.IsOverdue))
                .ToList();
            return PlatformPage<DemoInvoice>.Of(matching, call).BillingAnswer(name, i => Item(i, clock));
        });

    private static IResult Detail(HttpContext context, DemoWorld world, List<DemoInvoice> source, string number, string name, TimeProvider clock) =>
        PlatformCaller.Answer(world, context, (_, caller) =>
        {
            if (Find(source, caller, number) is not { } invoice)
            {
                return PlatformResults.NotFound();
            }

            var detail = Detail(invoice, caller.Customer.BillTo, clock);
            return PlatformResults.Ok(name == "invoice" ? new { success = true, invoice = detail } : new { success = true, proforma = detail });
        });

    private static IResult Pdf(HttpContext context, DemoWorld world, List<DemoInvoice> source, string number) =>
        PlatformCaller.Answer(world, context, (_, caller) =>
            Find(source, caller, number) is { } invoice
                ? Results.File(InvoicePdfRenderer.Render(invoice, caller.Customer.BillTo), "application/pdf", invoice.Number + ".pdf")
                : PlatformResults.NotFound());

    private static List<DemoInvoice> Newest(List<DemoInvoice> source, PlatformCaller caller) =>
        source.Where(i => i.CustomerId == caller.Customer.Id).OrderByDescending(i => i.CreatedAt).ThenByDescending(i => i.Id).ToList();

    private static DemoInvoice? Find(List<DemoInvoice> source, PlatformCaller caller, string number) =>
        source.FirstOrDefault(i => i.CustomerId == caller.Customer.Id && string.Equals(i.Number, number, StringComparison.OrdinalIgnoreCase));

    private static Dictionary<string, object?> Item(DemoInvoice invoice, TimeProvider clock)
    {
        var item = new Dictionary<string, object?>
        {
            ["id"] = invoice.Id,
            ["number"] = invoice.Number,
            ["status"] = invoice.Status,
            ["total_cents"] = invoice.TotalCents,
            ["currency"] = invoice.Currency,
            ["due_at"] = HtpiAnswers.Instant(invoice.DueAt),
            ["created_at"] = HtpiAnswers.Instant(invoice.CreatedAt),
            ["is_overdue"] = invoice.IsOverdue,
            ["amount_due"] = invoice.AmountDueCents,
        };
        if (invoice.ValidUntil is { } validUntil)
        {
            item["valid_until"] = HtpiAnswers.Instant(validUntil);
            item["is_expired"] = invoice.IsExpired(clock.GetUtcNow());
            item["notes"] = invoice.Notes;
        }

        return item;
    }

    private static Dictionary<string, object?> Detail(DemoInvoice invoice, DemoBillTo billTo, TimeProvider clock)
    {
        var detail = Item(invoice, clock);
        detail["subtotal_cents"] = invoice.SubtotalCents;
        detail["tax_cents"] = invoice.TaxCents;
        detail["issued_at"] = invoice.IssuedAt is { } issued ? HtpiAnswers.Instant(issued) : null;
        detail["paid_at"] = invoice.PaidAt is { } paid ? HtpiAnswers.Instant(paid) : null;
        detail["lines"] = invoice.Lines.Select(line => new
        {
            description = line.Description,
            quantity = line.Quantity,
            unit_price_cents = line.UnitPriceCents,
            tax_rate = line.TaxRatePercent,
            line_total_cents = line.LineTotalCents,
        }).ToList();
        detail["bill_to"] = new
        {
            name = billTo.CompanyName,
            email = billTo.Email,
            address_lines = new[] { billTo.AddressLine, $"{billTo.City}, {billTo.State} {billTo.PostalCode}", billTo.Country },
            tax_id = billTo.TaxId,
        };
        return detail;
    }
}
