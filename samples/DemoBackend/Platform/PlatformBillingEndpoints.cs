using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Portal.Demo.Backend.Data;
using Portal.Demo.Backend.Pdf;

namespace Portal.Demo.Backend.Platform;

/// <summary>billing (platform-api.md §6): summary, invoices and proformas with their PDFs, all documents, currencies. Any role may read.</summary>
internal static class PlatformBillingEndpoints
{
    /// <summary>The only invoice statuses the list filter knows; any other value (even <c>partially_refunded</c>) is ignored.</summary>
    public static IReadOnlyList<string> InvoiceFilterStatuses { get; } = ["draft", "issued", "paid", "overdue", "void", "refunded"];

    /// <summary>The proforma filter's statuses; <c>converted</c> is ignored.</summary>
    public static IReadOnlyList<string> ProformaFilterStatuses { get; } = ["draft", "sent", "accepted", "expired"];

    public const int MaxSearchLength = 200;

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

        PlatformRoutes.Post(api, "billing/documents/", (HttpContext context) => PlatformCaller.Answer(world, context, clock, (call, caller) =>
        {
            var now = clock.GetUtcNow();
            var invoices = Newest(world.Invoices, caller);
            var proformas = Newest(world.Proformas, caller);
            var type = call.String("document_type") ?? "all";
            var status = call.String("status");
            var search = call.String("search") is { } text ? text[..Math.Min(text.Length, MaxSearchLength)] : null;
            var documents = (type is "all" or "invoice" ? invoices.Select(i => (Kind: "invoice", Document: i)) : [])
                .Concat(type is "all" or "proforma" ? proformas.Select(p => (Kind: "proforma", Document: p)) : [])
                .Where(d => (status is null || d.Document.Status == status) && (search is null || Matches(d.Kind, d.Document, caller.Customer.BillTo, search)))
                .OrderByDescending(d => d.Document.CreatedAt)
                .ThenByDescending(d => d.Document.Id)
                .ToList();
            var (pagination, rows) = PlatformPage.Documents(call, documents);
            return PlatformResults.Ok(new
            {
                success = true,
                documents = rows.Select(d =>
                {
                    var item = d.Kind == "invoice" ? PlatformBilling.InvoiceItem(d.Document, now) : PlatformBilling.ProformaItem(d.Document, now);
                    item["document_type"] = d.Kind;
                    return item;
                }).ToList(),
                pagination,

                // Counted over all the customer's documents, whatever the filters.
                summary = new
                {
                    invoice_count = invoices.Count,
                    proforma_count = proformas.Count,
                    unpaid_invoice_count = invoices.Count(i => i.Status is "draft" or "issued" or "overdue"),
                    total_count = invoices.Count + proformas.Count,
                },
            });
        }));

        PlatformRoutes.Get(api, "billing/currencies/", () => PlatformResults.Ok(new { success = true, currencies = new[] { PlatformBilling.Currency(PlatformSeeder.Currency) } }));
    }

    /// <summary>Number, status, bill-to name and e-mail, a line's description, a proforma's notes, the document kind's word, or an amount in units or cents.</summary>
    private static bool Matches(string kind, DemoInvoice document, DemoBillTo billTo, string search) =>
        new[] { document.Number, document.Status, billTo.CompanyName, billTo.Email, document.Notes ?? string.Empty, kind + "s" }
            .Concat(document.Lines.Select(line => line.Description))
            .Any(text => text.Contains(search, StringComparison.OrdinalIgnoreCase))
        || search == PlatformBilling.Units(document.TotalCents)
        || search == document.TotalCents.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static List<DemoInvoice> Newest(List<DemoInvoice> source, PlatformCaller caller) =>
        source.Where(i => i.CustomerId == caller.Customer.Id).OrderByDescending(i => i.CreatedAt).ThenByDescending(i => i.Id).ToList();

    private static DemoInvoice? Find(List<DemoInvoice> source, PlatformCaller caller, string number) =>
        source.FirstOrDefault(i => i.CustomerId == caller.Customer.Id && string.Equals(i.Number, number, StringComparison.Ordinal));
}
