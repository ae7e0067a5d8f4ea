using System.Globalization;
using System.Net;
using System.Text.Json;
using Portal.Demo.Tests.Infrastructure;

namespace Portal.Demo.Tests.Platform;

/// <summary>billing as platform-api.md §6 and §2.2–§2.4 describe it, quirks included.</summary>
public sealed class BillingTests(PlatformHostFixture fixture) : IClassFixture<PlatformHostFixture>
{
    private static readonly string[] InvoiceStatuses = ["draft", "issued", "paid", "overdue", "void", "refunded", "partially_refunded"];
    private static readonly string[] ProformaStatuses = ["draft", "sent", "accepted", "expired", "converted"];

    private PlatformClient Client => fixture.Client;

    [Fact]
    public async Task Invoice_list_items_have_the_currency_object_and_billing_pagination()
    {
        var (status, json) = await Client.PostAsync("billing/invoices/", PlatformClient.Dana, PlatformClient.Riverside, new { page = 2, limit = 5 });

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(5, json.GetProperty("invoices").GetArrayLength());
        var pagination = json.GetProperty("pagination");
        Assert.Equal(["current_page", "has_next", "has_previous", "limit", "total_items", "total_pages"], Keys(pagination));
        Assert.Equal(2, pagination.GetProperty("current_page").GetInt32());
        Assert.True(pagination.GetProperty("has_previous").GetBoolean());
        Assert.Equal(5, pagination.GetProperty("limit").GetInt32());
        foreach (var invoice in json.GetProperty("invoices").EnumerateArray())
        {
            Assert.Equal(["amount_due", "created_at", "currency", "due_at", "id", "is_overdue", "number", "status", "total_cents"], Keys(invoice));
            var currency = invoice.GetProperty("currency");
            Assert.Equal(["code", "decimals", "id", "name", "symbol"], Keys(currency));
            Assert.Equal(currency.GetProperty("code").GetString(), currency.GetProperty("id").GetString());
            Assert.Equal(2, currency.GetProperty("decimals").GetInt32());
            Assert.Contains(invoice.GetProperty("status").GetString(), InvoiceStatuses);
            Assert.Matches(DateShapes.Bucharest, invoice.GetProperty("created_at").GetString());
        }
    }

    [Fact]
    public async Task Is_overdue_is_true_only_for_issued_invoices_past_their_due_date()
    {
        var all = new List<JsonElement>();
        foreach (var customer in new[] { PlatformClient.Riverside, PlatformClient.Harbor })
        {
            all.AddRange((await Client.PostAsync("billing/invoices/", PlatformClient.Dana, customer, new { limit = 100 })).Json.GetProperty("invoices").EnumerateArray());
        }

        all.AddRange((await Client.PostAsync("billing/invoices/", PlatformClient.Marco, PlatformClient.Summit, new { limit = 100 })).Json.GetProperty("invoices").EnumerateArray());
        foreach (var invoice in all)
        {
            var pastDue = DateTimeOffset.Parse(invoice.GetProperty("due_at").GetString()!, CultureInfo.InvariantCulture) < DateTimeOffset.UtcNow;
            Assert.Equal(invoice.GetProperty("status").GetString() == "issued" && pastDue, invoice.GetProperty("is_overdue").GetBoolean());
        }

        Assert.Contains(all, i => i.GetProperty("is_overdue").GetBoolean());
        Assert.Contains(all, i => i.GetProperty("status").GetString() == "overdue" && !i.GetProperty("is_overdue").GetBoolean());
        Assert.All(all.Where(i => i.GetProperty("status").GetString() == "paid"), i => Assert.Equal(0, i.GetProperty("amount_due").GetInt64()));
    }

    [Fact]
    public async Task Status_filter_applies_known_statuses_and_ignores_others()
    {
        var (_, everything) = await Client.PostAsync("billing/invoices/", PlatformClient.Dana, PlatformClient.Riverside, new { limit = 100 });
        var (_, paid) = await Client.PostAsync("billing/invoices/", PlatformClient.Dana, PlatformClient.Riverside, new { limit = 100, status = "paid" });
        var (_, partly) = await Client.PostAsync("billing/invoices/", PlatformClient.Dana, PlatformClient.Riverside, new { limit = 100, status = "partially_refunded" });

        Assert.All(paid.GetProperty("invoices").EnumerateArray(), i => Assert.Equal("paid", i.GetProperty("status").GetString()));
        Assert.NotEqual(0, paid.GetProperty("invoices").GetArrayLength());
        Assert.Contains(everything.GetProperty("invoices").EnumerateArray(), i => i.GetProperty("status").GetString() == "partially_refunded");
        Assert.Equal(everything.GetProperty("pagination").GetProperty("total_items").GetInt32(), partly.GetProperty("pagination").GetProperty("total_items").GetInt32());
    }

    [Fact]
    public async Task Empty_list_has_zero_pages_and_a_page_past_the_end_is_not_clamped()
    {
        var (_, empty) = await Client.PostAsync("billing/invoices/", PlatformClient.Dana, PlatformClient.Riverside, new { status = "refunded" });
        var (_, beyond) = await Client.PostAsync("billing/invoices/", PlatformClient.Dana, PlatformClient.Riverside, new { page = 50 });

        Assert.Equal(0, empty.GetProperty("pagination").GetProperty("total_pages").GetInt32());
        Assert.Equal(0, empty.GetProperty("pagination").GetProperty("total_items").GetInt32());
        Assert.Equal(0, beyond.GetProperty("invoices").GetArrayLength());
        Assert.Equal(50, beyond.GetProperty("pagination").GetProperty("current_page").GetInt32());
    }

    [Fact]
    public async Task The_largest_page_number_is_past_the_end_as_any_other_is()
    {
        var (_, json) = await Client.PostAsync("billing/invoices/", PlatformClient.Dana, PlatformClient.Riverside, new { page = int.MaxValue, limit = 100 });

        Assert.Equal(0, json.GetProperty("invoices").GetArrayLength());
        Assert.Equal(int.MaxValue, json.GetProperty("pagination").GetProperty("current_page").GetInt32());
    }

    [Fact]
    public async Task Non_numeric_page_is_a_503()
    {
        var (status, json) = await Client.PostAsync("billing/invoices/", PlatformClient.Dana, PlatformClient.Riverside, new { page = "two" });

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.False(json.GetProperty("success").GetBoolean());
    }

    [Fact]
    public async Task Invoice_detail_has_decimal_strings_lines_and_bill_to()
    {
        var (_, list) = await Client.PostAsync("billing/invoices/", PlatformClient.Dana, PlatformClient.Riverside, new { status = "paid" });
        var number = list.GetProperty("invoices")[0].GetProperty("number").GetString();

        var (status, json) = await Client.PostAsync($"billing/invoices/{number}/", PlatformClient.Dana, PlatformClient.Riverside);

        Assert.Equal(HttpStatusCode.OK, status);
        var invoice = json.GetProperty("invoice");
        Assert.Equal(Units(invoice.GetProperty("total_cents").GetInt64()), invoice.GetProperty("total").GetString());
        Assert.Equal(Units(invoice.GetProperty("subtotal_cents").GetInt64()), invoice.GetProperty("subtotal").GetString());
        Assert.Equal(Units(invoice.GetProperty("tax_cents").GetInt64()), invoice.GetProperty("tax_amount").GetString());
        Assert.Matches(DateShapes.Bucharest, invoice.GetProperty("paid_at").GetString());
        Assert.Contains(invoice.GetProperty("efactura_sent").ValueKind, new[] { JsonValueKind.True, JsonValueKind.False });
        Assert.Equal(JsonValueKind.String, invoice.GetProperty("pdf_url").ValueKind);
        Assert.Equal(JsonValueKind.Object, invoice.GetProperty("meta").ValueKind);
        foreach (var line in invoice.GetProperty("lines").EnumerateArray())
        {
            Assert.Matches(@"^-?\d+\.\d{3}$", line.GetProperty("quantity").GetString());
            Assert.Equal("0.2100", line.GetProperty("tax_rate").GetString());
            Assert.Equal(Units(line.GetProperty("unit_price_cents").GetInt64()), line.GetProperty("unit_price").GetString());
            Assert.Equal(Units(line.GetProperty("line_total_cents").GetInt64()), line.GetProperty("line_total").GetString());
            Assert.Contains(line.GetProperty("kind").GetString(), new[] { "service", "setup", "credit", "discount", "refund", "misc" });
            Assert.Matches(DateShapes.DateOnly, line.GetProperty("period_start").GetString());
            Assert.Matches(DateShapes.DateOnly, line.GetProperty("period_end").GetString());
            foreach (var text in new[] { "domain_name", "unit_code", "seller_item_id", "note", "description" })
            {
                Assert.Equal(JsonValueKind.String, line.GetProperty(text).ValueKind);
            }
        }

        var billTo = invoice.GetProperty("bill_to");
        Assert.Equal(["address", "email", "name", "tax_id"], Keys(billTo));
        Assert.Contains(", ", billTo.GetProperty("address").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Summary_adds_gross_totals_of_issued_and_overdue_invoices_in_ron_with_z_dates()
    {
        var (status, json) = await Client.PostAsync("billing/summary/", PlatformClient.Dana, PlatformClient.Harbor);
        var (_, list) = await Client.PostAsync("billing/invoices/", PlatformClient.Dana, PlatformClient.Harbor, new { limit = 100 });

        Assert.Equal(HttpStatusCode.OK, status);
        var summary = json.GetProperty("summary");
        var invoices = list.GetProperty("invoices").EnumerateArray().ToList();
        Assert.Equal("RON", summary.GetProperty("currency_code").GetString());
        Assert.Equal(
            invoices.Where(i => i.GetProperty("status").GetString() is "issued" or "overdue").Sum(i => i.GetProperty("total_cents").GetInt64()),
            summary.GetProperty("total_amount_due_cents").GetInt64());
        Assert.Equal(invoices.Count, summary.GetProperty("total_invoices").GetInt32());
        Assert.Equal(invoices.Count(i => i.GetProperty("status").GetString() == "paid"), summary.GetProperty("paid_invoices").GetInt32());
        var recent = summary.GetProperty("recent_invoices").EnumerateArray().ToList();
        Assert.InRange(recent.Count, 1, 5);
        Assert.All(recent, r => Assert.Matches(DateShapes.Zulu, r.GetProperty("created_at").GetString()));
        Assert.Equal(invoices[0].GetProperty("number").GetString(), recent[0].GetProperty("number").GetString());
    }

    [Fact]
    public async Task Proformas_have_their_own_fields_and_statuses()
    {
        var (_, list) = await Client.PostAsync("billing/proformas/", PlatformClient.Dana, PlatformClient.Riverside, new { limit = 100 });
        var (_, converted) = await Client.PostAsync("billing/proformas/", PlatformClient.Dana, PlatformClient.Riverside, new { limit = 100, status = "converted" });
        var items = list.GetProperty("proformas").EnumerateArray().ToList();
        var number = items[0].GetProperty("number").GetString();

        var (status, json) = await Client.PostAsync($"billing/proformas/{number}/", PlatformClient.Dana, PlatformClient.Riverside);

        Assert.All(items, p => Assert.Equal(["created_at", "currency", "id", "is_expired", "number", "status", "total_cents", "valid_until"], Keys(p)));
        Assert.Equal(ProformaStatuses.Order(StringComparer.Ordinal), items.Select(p => p.GetProperty("status").GetString()!).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(items.Count, converted.GetProperty("proformas").GetArrayLength()); // "converted" is not a filter value
        Assert.Equal(HttpStatusCode.OK, status);
        var proforma = json.GetProperty("proforma");
        Assert.Equal(JsonValueKind.String, proforma.GetProperty("notes").ValueKind);
        Assert.Equal(JsonValueKind.Object, proforma.GetProperty("bill_to").ValueKind);
        foreach (var absent in new[] { "issued_at", "due_at", "paid_at", "is_overdue", "amount_due" })
        {
            Assert.False(proforma.TryGetProperty(absent, out _), absent);
        }
    }

    [Fact]
    public async Task Another_customers_invoice_is_the_same_404_as_a_missing_one()
    {
        var (_, theirs) = await Client.PostAsync("billing/invoices/", PlatformClient.Marco, PlatformClient.Summit);
        var number = theirs.GetProperty("invoices")[0].GetProperty("number").GetString();

        var (otherStatus, other) = await Client.PostAsync($"billing/invoices/{number}/", PlatformClient.Dana, PlatformClient.Riverside);
        var (missingStatus, missing) = await Client.PostAsync("billing/invoices/INV-999999/", PlatformClient.Dana, PlatformClient.Riverside);

        Assert.Equal(HttpStatusCode.NotFound, otherStatus);
        Assert.Equal(HttpStatusCode.NotFound, missingStatus);
        Assert.Equal("""{"success":false,"error":"Invoice not found"}""", JsonSerializer.Serialize(other));
        Assert.Equal(JsonSerializer.Serialize(missing), JsonSerializer.Serialize(other));
    }

    [Fact]
    public async Task Invoice_pdf_is_an_attachment_named_factura()
    {
        var (_, list) = await Client.PostAsync("billing/invoices/", PlatformClient.Dana, PlatformClient.Harbor);
        var number = list.GetProperty("invoices")[0].GetProperty("number").GetString()!;

        var (response, bytes) = await Client.PostRawAsync($"billing/invoices/{number}/pdf/", PlatformClient.Dana, PlatformClient.Harbor);

        using (response)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal($"factura_{number}.pdf", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
            Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(bytes, 0, 4));
        }
    }

    [Fact]
    public async Task Documents_mix_invoices_and_proformas_with_their_type_and_unfiltered_counts()
    {
        var (status, json) = await Client.PostAsync("billing/documents/", PlatformClient.Dana, PlatformClient.Riverside, new { limit = 100 });
        var (_, proformas) = await Client.PostAsync("billing/documents/", PlatformClient.Dana, PlatformClient.Riverside, new { document_type = "proforma", page = 99 });
        var (_, invalid) = await Client.PostAsync("billing/documents/", PlatformClient.Dana, PlatformClient.Riverside, new { page = "x", limit = "y" });
        var (_, none) = await Client.PostAsync("billing/documents/", PlatformClient.Dana, PlatformClient.Riverside, new { search = "nothing is called this" });

        Assert.Equal(HttpStatusCode.OK, status);
        var documents = json.GetProperty("documents").EnumerateArray().ToList();
        var summary = json.GetProperty("summary");
        Assert.Equal(["invoice", "proforma"], documents.Select(d => d.GetProperty("document_type").GetString()!).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(documents.Count, summary.GetProperty("total_count").GetInt32());
        Assert.Equal(summary.GetProperty("proforma_count").GetInt32(), proformas.GetProperty("documents").GetArrayLength());
        Assert.Equal(1, proformas.GetProperty("pagination").GetProperty("current_page").GetInt32()); // clamped to the last page
        Assert.Equal(20, invalid.GetProperty("pagination").GetProperty("limit").GetInt32());
        Assert.Equal(1, none.GetProperty("pagination").GetProperty("total_pages").GetInt32());
        Assert.Equal(summary.GetRawText(), none.GetProperty("summary").GetRawText());
    }

    [Fact]
    public async Task Proforma_pdf_is_an_attachment_named_proforma()
    {
        var (_, list) = await Client.PostAsync("billing/proformas/", PlatformClient.Dana, PlatformClient.Riverside);
        var number = list.GetProperty("proformas")[0].GetProperty("number").GetString()!;

        var (response, bytes) = await Client.PostRawAsync($"billing/proformas/{number}/pdf/", PlatformClient.Dana, PlatformClient.Riverside);
        var (missing, _) = await Client.PostRawAsync("billing/proformas/PRO-0000-0000/pdf/", PlatformClient.Dana, PlatformClient.Riverside);

        using (response)
        using (missing)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal($"proforma_{number}.pdf", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
            Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(bytes, 0, 4));
            Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        }
    }

    [Fact]
    public async Task Documents_filter_by_type_and_exact_status_and_search_by_number()
    {
        var (_, all) = await Client.PostAsync("billing/documents/", PlatformClient.Dana, PlatformClient.Riverside, new { limit = 100 });
        var first = all.GetProperty("documents")[0];
        var number = first.GetProperty("number").GetString()!;

        var (_, paid) = await Client.PostAsync("billing/documents/", PlatformClient.Dana, PlatformClient.Riverside, new { document_type = "invoice", status = "paid", limit = 100 });
        var (_, sentInvoices) = await Client.PostAsync("billing/documents/", PlatformClient.Dana, PlatformClient.Riverside, new { document_type = "invoice", status = "sent" });
        var (_, found) = await Client.PostAsync("billing/documents/", PlatformClient.Dana, PlatformClient.Riverside, new { search = number });

        var paidRows = paid.GetProperty("documents").EnumerateArray().ToList();
        Assert.NotEmpty(paidRows);
        Assert.All(paidRows, d => Assert.Equal(("invoice", "paid"), (d.GetProperty("document_type").GetString(), d.GetProperty("status").GetString())));
        Assert.Equal(0, sentInvoices.GetProperty("pagination").GetProperty("total_items").GetInt32());
        Assert.Contains(found.GetProperty("documents").EnumerateArray(), d => d.GetProperty("number").GetString() == number);
    }

    private static string Units(long cents) => (cents / 100m).ToString("0.00", CultureInfo.InvariantCulture);

    private static List<string> Keys(JsonElement element) => element.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToList();
}
