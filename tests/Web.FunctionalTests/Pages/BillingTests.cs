using System.Net;
using System.Text.RegularExpressions;
using Portal.Domain.Billing;
using Portal.Domain.Common;

namespace Portal.Web.FunctionalTests.Pages;

public sealed class BillingTests
{
    [Fact]
    public async Task The_invoice_pdf_is_streamed_as_an_attachment_and_the_backend_stream_is_released()
    {
        using var app = new PortalApp();
        using var browser = await app.SignedInBrowser();

        var response = await browser.GetAsync("/t/tenant-1/billing/invoices/INV-2026-0001/pdf");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("INV-2026-0001.pdf", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Equal(Samples.PdfBytes, bytes);
        Assert.True(app.Billing.LastPdf?.Disposed);
    }

    [Fact]
    public async Task The_invoice_pdf_needs_a_sign_in_and_returns_to_it_afterwards()
    {
        using var app = new PortalApp();
        using var browser = app.Browser();

        var response = await browser.GetAsync("/t/tenant-1/billing/invoices/INV-2026-0001/pdf");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/login?returnUrl=%2Ft%2Ftenant-1%2Fbilling%2Finvoices%2FINV-2026-0001%2Fpdf", response.Headers.Location?.OriginalString);
        Assert.Null(app.Billing.LastPdf);
    }

    [Fact]
    public async Task The_invoice_pdf_of_a_sign_in_that_ended_is_not_sent_and_its_stream_is_released()
    {
        using var app = new PortalApp();
        using var browser = await app.SignedInBrowser();
        app.Identity.Revoke(Samples.AdaToken);

        var response = await browser.GetAsync("/t/tenant-1/billing/invoices/INV-2026-0001/pdf");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/login", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.True(app.Billing.LastPdf?.Disposed);
    }

    [Fact]
    public async Task Invoices_filter_by_status()
    {
        using var app = new PortalApp();
        using var browser = await app.SignedInBrowser();

        var (response, html) = await browser.GetPageAsync("/t/tenant-1/billing/invoices?status=overdue");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Portal.Domain.Billing.InvoiceStatus.Overdue, app.Billing.LastInvoiceFilter?.Status);
        Assert.Contains("INV-2026-0002", html, StringComparison.Ordinal);
        Assert.DoesNotContain("INV-2026-0001<", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"overdue\" selected=\"selected\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_status_filter_is_a_bad_request()
    {
        using var app = new PortalApp();
        using var browser = await app.SignedInBrowser();

        var response = await browser.GetAsync("/t/tenant-1/billing/invoices?status=stolen");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task An_invoice_shows_its_lines_and_totals()
    {
        using var app = new PortalApp();
        using var browser = await app.SignedInBrowser();

        var (response, html) = await browser.GetPageAsync("/t/tenant-1/billing/invoices/INV-2026-0001");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Hosting, November", html, StringComparison.Ordinal);
        Assert.Contains("EUR&#xA0;100.00", html, StringComparison.Ordinal);
        Assert.Contains("EUR&#xA0;21.00", html, StringComparison.Ordinal);
        Assert.Contains("EUR&#xA0;121.00", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/t/tenant-1/billing/invoices/INV-2026-0001/pdf\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("?page=5")]
    [InlineData("?page=2")]
    public async Task A_proforma_page_past_the_end_redirects_to_the_last(string query)
    {
        using var app = new PortalApp();
        using var browser = await app.SignedInBrowser();

        var response = await browser.GetAsync("/t/tenant-1/billing/proformas" + query);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/t/tenant-1/billing/proformas?page=1", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Proformas_and_the_summary_show()
    {
        using var app = new PortalApp();
        using var browser = await app.SignedInBrowser();

        var (listResponse, list) = await browser.GetPageAsync("/t/tenant-1/billing/proformas");
        var (detailResponse, detail) = await browser.GetPageAsync("/t/tenant-1/billing/proformas/PRO-1");
        var (summaryResponse, summary) = await browser.GetPageAsync("/t/tenant-1/billing");

        Assert.Equal(HttpStatusCode.OK, listResponse.StatusCode);
        Assert.Contains("href=\"/t/tenant-1/billing/proformas/PRO-1\"", list, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, detailResponse.StatusCode);
        Assert.Contains("Domain renewal", detail, StringComparison.Ordinal);
        Assert.Contains("Valid for 30 days", detail, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, summaryResponse.StatusCode);
        Assert.Contains("EUR&#xA0;242.00", summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_proforma_past_its_date_is_expired_only_while_its_offer_is_open()
    {
        using var app = new PortalApp();
        app.Billing.Add(new ProformaSummary(new ProformaNumber("PRO-7"), ProformaStatus.Converted, new Money(5_000, "EUR"), new DateOnly(2026, 1, 31), Samples.At, true));
        app.Billing.Add(new ProformaSummary(new ProformaNumber("PRO-8"), ProformaStatus.Sent, new Money(5_000, "EUR"), new DateOnly(2026, 1, 31), Samples.At, true));
        using var browser = await app.SignedInBrowser();

        var (_, list) = await browser.GetPageAsync("/t/tenant-1/billing/proformas");

        Assert.Contains("Converted to an invoice", Row(list, "PRO-7"), StringComparison.Ordinal);
        Assert.DoesNotContain("Expired", Row(list, "PRO-7"), StringComparison.Ordinal);
        Assert.Contains("Expired", Row(list, "PRO-8"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_draft_proforma_row_is_greyed_as_a_draft_invoices_is_and_its_number_never_wraps_nor_its_notes_squeeze()
    {
        using var app = new PortalApp();
        app.Billing.Add(new ProformaSummary(new ProformaNumber("PRO-5"), ProformaStatus.Draft, new Money(5_000, "EUR"), new DateOnly(2026, 12, 31), Samples.At, true));
        using var browser = await app.SignedInBrowser();

        var (_, list) = await browser.GetPageAsync("/t/tenant-1/billing/proformas");
        var (_, detail) = await browser.GetPageAsync("/t/tenant-1/billing/proformas/PRO-1");

        Assert.StartsWith("<tr class=\"status-draft\">", Row(list, "PRO-5"), StringComparison.Ordinal);
        Assert.Contains("<td class=\"id\"><a href=\"/t/tenant-1/billing/proformas/PRO-5\">PRO-5</a></td>", list, StringComparison.Ordinal);
        Assert.Contains("<div class=\"full\"><dt>Notes</dt><dd>Valid for 30 days", detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/t/tenant-1/billing", "\">Issued</a></dt><dd>4</dd>", "\">Overdue</a></dt><dd>2</dd>")]
    [InlineData("/t/tenant-1", "\">Issued invoices</a></dt><dd>4</dd>", "\">Overdue invoices</a></dt><dd>2</dd>")]
    public async Task With_invoices_overdue_each_count_is_the_one_its_links_list_shows(string path, string issued, string overdue)
    {
        using var app = new PortalApp();
        app.Billing.Summary = new BillingSummary(9, 1, 4, 2, 3) { IssuedAndOverdueTotal = new Money(24_200, "RON") };
        using var browser = await app.SignedInBrowser();

        var (_, html) = await browser.GetPageAsync(path);

        Assert.Contains("/billing/invoices?status=issued" + issued, html, StringComparison.Ordinal);
        Assert.Contains("/billing/invoices?status=overdue" + overdue, html, StringComparison.Ordinal);
        Assert.DoesNotContain("Issued or overdue", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_count_the_Platform_did_not_give_is_a_dash_and_the_summary_still_shows()
    {
        using var app = new PortalApp();
        app.Billing.Summary = new BillingSummary(null, 1, 4, null, 3);
        using var browser = await app.SignedInBrowser();

        var (response, html) = await browser.GetPageAsync("/t/tenant-1/billing");

        // Without an overdue count, the issued ones are not called "issued or overdue": some overdue may be left out.
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\">Issued</a></dt><dd>4</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<div><dt><a href=\"/t/tenant-1/billing/invoices?status=overdue\">Overdue</a></dt><dd>—</dd>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Issued or overdue", html, StringComparison.Ordinal);
        Assert.Contains("\">All invoices</a></dt><dd>—</dd>", html, StringComparison.Ordinal);
        Assert.Contains("\">Paid</a></dt><dd>3</dd>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_summary_names_its_total_truthfully_and_shows_no_misleading_zero_overdue()
    {
        using var app = new PortalApp();
        app.Billing.Summary = new BillingSummary(9, 1, 4, 0, 3) { IssuedAndOverdueTotal = new Money(24_200, "RON") };
        using var browser = await app.SignedInBrowser();

        var (_, html) = await browser.GetPageAsync("/t/tenant-1/billing");

        Assert.Contains("Issued and overdue invoices total", html, StringComparison.Ordinal);
        Assert.Contains("before any payments", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Amount due</a></dt>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("status=overdue\">Overdue<", html, StringComparison.Ordinal);
        Assert.Matches("Issued or overdue</a></dt><dd>4</dd>", html);
    }

    [Fact]
    public async Task The_summarys_total_and_latest_invoices_are_in_the_invoices_own_currency_not_the_one_the_Platform_hard_codes()
    {
        using var app = new PortalApp();
        app.Billing.Summary = new BillingSummary(1, 0, 1, 0, 0) { IssuedAndOverdueTotal = new Money(149_382, "RON") };
        using var browser = await app.SignedInBrowser();

        var (_, oneCurrency) = await browser.GetPageAsync("/t/tenant-1/billing");
        app.Billing.Add(new InvoiceSummary(new InvoiceNumber("INV-2026-0099"), InvoiceStatus.Issued, new Money(5_000, "RON"), null, Samples.At, false, null));
        var (_, twoCurrencies) = await browser.GetPageAsync("/t/tenant-1/billing");

        // The seeded invoices are all EUR, and all there are: the total is theirs, with no assumption to state.
        Assert.Contains("<dd class=\"money\">EUR&#xA0;1,493.82</dd>", oneCurrency, StringComparison.Ordinal);
        Assert.DoesNotContain("RON", oneCurrency, StringComparison.Ordinal);
        Assert.Contains("INV-2026-0099", twoCurrencies, StringComparison.Ordinal);
        Assert.Contains("Issued and overdue invoices total</a></dt><dd class=\"money\">—</dd>", twoCurrencies, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(InvoiceStatus.Void)]
    [InlineData(InvoiceStatus.Refunded)]
    [InlineData(InvoiceStatus.PartiallyRefunded)]
    public async Task An_invoice_that_asks_for_nothing_shows_no_amount_due_though_the_Platform_sends_one(InvoiceStatus status)
    {
        using var app = new PortalApp();
        var settled = Samples.Invoice("INV-2026-0037", status);
        app.Billing.Add(settled);
        var lines = Samples.InvoiceWithLines("INV-2026-0037");
        app.Billing.Add(new Invoice(settled, lines.Subtotal, lines.Tax, lines.IssuedAt, null, lines.Lines, lines.BillTo));
        using var browser = await app.SignedInBrowser();

        var (_, list) = await browser.GetPageAsync("/t/tenant-1/billing/invoices");
        var (_, summary) = await browser.GetPageAsync("/t/tenant-1/billing");
        var (_, detail) = await browser.GetPageAsync("/t/tenant-1/billing/invoices/INV-2026-0037");
        var csv = await (await browser.GetAsync("/t/tenant-1/billing/invoices?handler=csv")).Content.ReadAsStringAsync();

        // The Platform's amount_due is the total less net payments: the whole total on a void or refunded invoice.
        Assert.Contains("</a></td>\n                        <td class=\"num money\">—</td>", Row(list, "INV-2026-0037"), StringComparison.Ordinal);
        Assert.Contains("</a></td>\n                        <td class=\"num money\">—</td>", Row(summary, "INV-2026-0037"), StringComparison.Ordinal);
        Assert.Contains("<dt>Amount due</dt><dd class=\"money\">—</dd>", detail, StringComparison.Ordinal);
        Assert.Matches("\"INV-2026-0037\",\"[^\"]+\",\"[^\"]*\",\"2026-12-01\",\"EUR\",\"121.00\",\"\"", csv);
    }

    [Theory]
    [InlineData("en-US", "2.5", "21.5 %")]
    [InlineData("de-DE", "2,5", "21,5 %")]
    public async Task A_lines_kind_Portal_does_not_know_is_shown_as_sent_and_its_numbers_follow_the_culture(string culture, string quantity, string tax)
    {
        using var app = new PortalApp(new Dictionary<string, string?> { ["SECRET_KEY"] = PortalApp.SecretKey, ["ENV"] = "development", ["CULTURE"] = culture });
        var invoice = Samples.InvoiceWithLines("INV-2026-0001");
        app.Billing.Add(new Invoice(
            invoice.Summary, invoice.Subtotal, invoice.Tax, invoice.IssuedAt, invoice.PaidAt,
            [new InvoiceLine("Loyalty bonus", 2.5m, new Money(-1_000, "EUR"), 2_150, new Money(-2_500, "EUR")) { KindCode = "loyalty_bonus" }],
            invoice.BillTo));
        using var browser = await app.SignedInBrowser();

        var (_, page) = await browser.GetPageAsync("/t/tenant-1/billing/invoices/INV-2026-0001");
        var html = Regex.Replace(page, ">\\s+<", "><");

        Assert.Contains("<span class=\"status status-neutral\">loyalty_bonus</span>", html, StringComparison.Ordinal);
        Assert.Contains($"<td class=\"num\">{quantity}</td>", html, StringComparison.Ordinal);
        Assert.Contains($"<td class=\"num\">{tax}</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_status_filter_offers_only_what_the_platform_filters_by()
    {
        using var app = new PortalApp();
        using var browser = await app.SignedInBrowser();

        var (_, html) = await browser.GetPageAsync("/t/tenant-1/billing/invoices");

        foreach (var code in new[] { "draft", "issued", "paid", "overdue", "void", "refunded" })
        {
            Assert.Contains($"<option value=\"{code}\"", html, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("partially_refunded", html, StringComparison.Ordinal);
        var refused = await browser.GetAsync("/t/tenant-1/billing/invoices?status=partially_refunded");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
    }

    [Fact]
    public async Task Statuses_this_portal_does_not_know_are_shown_as_they_came_and_new_ones_by_name()
    {
        using var app = new PortalApp();
        app.Billing.Add(Samples.Invoice("INV-2026-0003", Portal.Domain.Billing.InvoiceStatus.Unknown) with { StatusCode = "pending_review" });
        app.Billing.Add(Samples.Invoice("INV-2026-0004", Portal.Domain.Billing.InvoiceStatus.PartiallyRefunded));
        using var browser = await app.SignedInBrowser();

        var (response, html) = await browser.GetPageAsync("/t/tenant-1/billing/invoices");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(">Pending review<", html, StringComparison.Ordinal);
        Assert.Contains(">Partially refunded<", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invoice_lines_show_the_tax_rate_as_a_percentage_their_kind_period_and_domain_and_a_dash_for_no_description()
    {
        using var app = new PortalApp();
        var invoice = Samples.InvoiceWithLines("INV-2026-0005");
        app.Billing.Add(new Portal.Domain.Billing.Invoice(
            invoice.Summary,
            invoice.Subtotal,
            invoice.Tax,
            invoice.IssuedAt,
            invoice.PaidAt,
            [
                new Portal.Domain.Billing.InvoiceLine("Hosting", 1m, new Portal.Domain.Common.Money(10_000, "EUR"), 2_100, new Portal.Domain.Common.Money(10_000, "EUR"))
                {
                    Kind = Portal.Domain.Billing.InvoiceLineKind.Service,
                    DomainName = "acme.example",
                    PeriodStart = new DateOnly(2026, 11, 1),
                    PeriodEnd = new DateOnly(2026, 11, 30),
                },
                new Portal.Domain.Billing.InvoiceLine(null, 1m, new Portal.Domain.Common.Money(-1_000, "EUR"), 0, new Portal.Domain.Common.Money(-1_000, "EUR"))
                {
                    Kind = Portal.Domain.Billing.InvoiceLineKind.Discount,
                },
            ],
            new Portal.Domain.Billing.BillTo("Acme SRL", ["Str. Lunga 1", "Cluj"], "RO123") { Email = "billing@acme.example" }));
        using var browser = await app.SignedInBrowser();

        var (_, html) = await browser.GetPageAsync("/t/tenant-1/billing/invoices/INV-2026-0005");

        Assert.Contains("21 %", html, StringComparison.Ordinal);
        Assert.Contains(">Discount<", html, StringComparison.Ordinal);
        Assert.Matches("<td>\\s*—\\s*<span class=\"status status-neutral\">Discount</span>", html);
        Assert.Contains("acme.example", html, StringComparison.Ordinal);
        Assert.Contains("1 Nov 2026", html, StringComparison.Ordinal);
        Assert.Contains("billing@acme.example", html, StringComparison.Ordinal);
        Assert.Contains("Tax id RO123", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invoice_or_proforma_whose_creation_time_is_unknown_is_shown_with_a_dash_and_an_empty_csv_cell()
    {
        using var app = new PortalApp();
        var undated = new InvoiceSummary(
            new InvoiceNumber("INV-2026-0009"), InvoiceStatus.Issued, new Money(12_100, "EUR"), new DateOnly(2026, 12, 1), null, false, new Money(12_100, "EUR"));
        app.Billing.Add(undated);
        var lines = Samples.InvoiceWithLines("INV-2026-0009");
        app.Billing.Add(new Invoice(undated, lines.Subtotal, lines.Tax, lines.IssuedAt, null, lines.Lines, lines.BillTo));
        app.Billing.Add(new ProformaSummary(new ProformaNumber("PRO-9"), ProformaStatus.Sent, new Money(5_000, "EUR"), new DateOnly(2026, 12, 31), null, false));
        using var browser = await app.SignedInBrowser();

        var (listResponse, list) = await browser.GetPageAsync("/t/tenant-1/billing/invoices?sort=created&dir=desc");
        var (_, summary) = await browser.GetPageAsync("/t/tenant-1/billing");
        var (detailResponse, detail) = await browser.GetPageAsync("/t/tenant-1/billing/invoices/INV-2026-0009");
        var (_, proformas) = await browser.GetPageAsync("/t/tenant-1/billing/proformas");
        var csv = await (await browser.GetAsync("/t/tenant-1/billing/invoices?handler=csv")).Content.ReadAsStringAsync();

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (listResponse.StatusCode, detailResponse.StatusCode));
        Assert.EndsWith("<td>—</td>\n                    </tr>", Row(list, "INV-2026-0009"), StringComparison.Ordinal);
        Assert.EndsWith("<td>—</td>\n                    </tr>", Row(summary, "INV-2026-0009"), StringComparison.Ordinal);
        Assert.Contains("<dt>Created</dt><dd>—</dd>", detail, StringComparison.Ordinal);
        Assert.EndsWith("<td>—</td>\n                    </tr>", Row(proformas, "PRO-9"), StringComparison.Ordinal);
        Assert.Matches("\"INV-2026-0009\",\"[^\"]+\",\"\",\"2026-12-01\",\"EUR\",\"121.00\",\"121.00\"", csv);
    }

    [Fact]
    public async Task An_invoice_that_names_no_currency_shows_its_amounts_without_one_and_confirms_no_total_currency()
    {
        using var app = new PortalApp();
        app.Billing.Summary = new BillingSummary(1, 0, 1, 0, 0) { IssuedAndOverdueTotal = new Money(149_382, "RON") };
        var unstated = new InvoiceSummary(
            new InvoiceNumber("INV-2026-0099"), InvoiceStatus.Issued, new Money(12_100, Money.NoCurrency), null, Samples.At, false, new Money(12_100, Money.NoCurrency));
        app.Billing.Add(unstated);
        using var browser = await app.SignedInBrowser();

        var (listResponse, list) = await browser.GetPageAsync("/t/tenant-1/billing/invoices");
        var (_, summary) = await browser.GetPageAsync("/t/tenant-1/billing");
        var csv = await (await browser.GetAsync("/t/tenant-1/billing/invoices?handler=csv")).Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, listResponse.StatusCode);
        Assert.Contains("121.00 (currency not stated)", Row(list, "INV-2026-0099"), StringComparison.Ordinal);
        Assert.DoesNotContain("XXX", list, StringComparison.Ordinal);
        Assert.Contains("121.00 (currency not stated)", Row(summary, "INV-2026-0099"), StringComparison.Ordinal);

        // The seeded invoices name EUR: the total is told in it, but only as an assumption beside an invoice naming none.
        Assert.Contains("EUR&#xA0;1,493.82<span class=\"qualifier\"> (if all are priced in EUR)</span>", summary, StringComparison.Ordinal);
        Assert.Matches("\"INV-2026-0099\",\"[^\"]+\",\"[^\"]*\",\"\",\"\",\"121.00\",\"121.00\"", csv);
    }

    private static string Row(string html, string number) =>
        Regex.Match(html, "<tr[^>]*>(?:(?!</tr>).)*?" + number + ".*?</tr>", RegexOptions.Singleline).Value;
}
