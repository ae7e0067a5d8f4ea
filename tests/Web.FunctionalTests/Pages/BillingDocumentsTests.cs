using System.Net;
using System.Text.RegularExpressions;
using Portal.Domain.Billing;
using Portal.Domain.Common;

namespace Portal.Web.FunctionalTests.Pages;

/// <summary>The billing documents list and the proforma PDF.</summary>
public sealed class BillingDocumentsTests
{
    [Fact]
    public async Task Invoices_and_proformas_are_one_list_linking_to_their_pages_with_counts_of_all_documents()
    {
        using var app = new PortalApp();
        using var browser = await app.SignedInBrowser();

        var (response, html) = await browser.GetPageAsync("/t/tenant-1/billing/documents");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(BillingDocumentFilter.All, app.Billing.LastDocumentFilter);
        Assert.Contains("<a href=\"/t/tenant-1/billing/invoices/INV-2026-0001\">INV-2026-0001</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/t/tenant-1/billing/proformas/PRO-1\">PRO-1</a>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/t/tenant-1/billing/proformas/PRO-1/pdf\"", html, StringComparison.Ordinal);
        Assert.Contains("All your documents, whatever the filters: 3 in all", html, StringComparison.Ordinal);
        Assert.Contains("2 invoices (2 not yet paid) and", html, StringComparison.Ordinal);
        Assert.Contains("aria-current=\"page\">Documents</a>", html, StringComparison.Ordinal);
    }

    /// <summary>An invoice's unknown creation time is unknown: sorting by it never looks for it on a proforma.</summary>
    [Theory]
    [InlineData("")]
    [InlineData("?sort=created")]
    [InlineData("?sort=created&dir=desc")]
    public async Task A_document_whose_creation_time_is_unknown_is_shown_with_a_dash_sorted_by_it_or_not(string query)
    {
        using var app = new PortalApp();
        app.Billing.Add(new InvoiceSummary(
            new InvoiceNumber("INV-2026-0009"), InvoiceStatus.Issued, new Money(12_100, "EUR"), new DateOnly(2026, 12, 1), null, false, new Money(12_100, "EUR")));
        using var browser = await app.SignedInBrowser();

        var (response, html) = await browser.GetPageAsync("/t/tenant-1/billing/documents" + query);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches(new Regex("INV-2026-0009</a></td>(?:(?!</tr>).)*<td>—</td>\\s*<td><a class=\"download\"", RegexOptions.Singleline), html);
    }

    [Fact]
    public async Task Type_status_and_search_filter_the_list_and_the_counts_stay_those_of_all_documents()
    {
        using var app = new PortalApp();
        using var browser = await app.SignedInBrowser();

        var (response, html) = await browser.GetPageAsync("/t/tenant-1/billing/documents?type=invoice&status=overdue&search=+INV-2026+");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(new BillingDocumentFilter(BillingDocumentType.Invoice, "overdue", "INV-2026"), app.Billing.LastDocumentFilter);
        Assert.Contains(">INV-2026-0002</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">INV-2026-0001</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">PRO-1</a>", html, StringComparison.Ordinal);
        Assert.Contains("3 in all", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"invoice\" selected=\"selected\">", html, StringComparison.Ordinal);

        // The status filter offers the invoice statuses only: "sent" is a proforma's.
        Assert.Contains("<option value=\"overdue\" selected=\"selected\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<option value=\"sent\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("type=receipt", "type-error")]
    [InlineData("type=invoice&status=sent", "status-error")]
    [InlineData("status=shipped", "status-error")]
    public async Task A_filter_value_Portal_does_not_offer_is_a_400_beside_its_filter_and_nothing_is_asked(string query, string errorId)
    {
        using var app = new PortalApp();
        using var browser = await app.SignedInBrowser();
        var before = app.Billing.Calls;

        var (response, html) = await browser.GetPageAsync("/t/tenant-1/billing/documents?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"id=\"{errorId}\"", html, StringComparison.Ordinal);
        Assert.Equal(before, app.Billing.Calls);
    }

    [Theory]
    [InlineData("type=proforma&status=paid", "Paid is a status of invoices, not proformas: choose another status, or All as the type.")]
    [InlineData("type=proforma&status=+Overdue+", "Overdue is a status of invoices, not proformas: choose another status, or All as the type.")]
    [InlineData("type=invoice&status=sent", "Sent is a status of proformas, not invoices: choose another status, or All as the type.")]
    [InlineData("type=invoice&status=shipped", "That status is not one Portal knows. Choose one from the list.")]
    public async Task A_status_of_the_other_type_is_a_400_saying_it_does_not_apply_to_the_chosen_type_not_that_Portal_does_not_know_it(string query, string message)
    {
        using var app = new PortalApp();
        using var browser = await app.SignedInBrowser();

        var (response, html) = await browser.GetPageAsync("/t/tenant-1/billing/documents?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"<p class=\"field-error\" id=\"status-error\">{message}</p>", html, StringComparison.Ordinal);
        Assert.Null(app.Billing.LastDocumentFilter);
    }

    [Fact]
    public async Task A_search_longer_than_the_Platform_takes_is_a_400_beside_the_search_box()
    {
        using var app = new PortalApp();
        using var browser = await app.SignedInBrowser();

        var (response, html) = await browser.GetPageAsync("/t/tenant-1/billing/documents?search=" + new string('a', 201));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("id=\"search-error\">Search must be at most 200 characters.</p>", html, StringComparison.Ordinal);
        Assert.Null(app.Billing.LastDocumentFilter);
    }

    [Fact]
    public async Task The_pager_keeps_the_filters()
    {
        using var app = new PortalApp();
        for (var i = 0; i < 25; i++)
        {
            app.Billing.Add(Samples.Proforma($"PRO-{100 + i}"));
        }

        using var browser = await app.SignedInBrowser();

        var (_, html) = await browser.GetPageAsync("/t/tenant-1/billing/documents?type=proforma&search=PRO");

        Assert.Contains("href=\"/t/tenant-1/billing/documents?type=proforma&amp;search=PRO&amp;page=2\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_proforma_pdf_is_streamed_as_an_attachment_like_an_invoice_pdf_and_linked_from_the_proforma()
    {
        using var app = new PortalApp();
        using var browser = await app.SignedInBrowser();

        var (_, proforma) = await browser.GetPageAsync("/t/tenant-1/billing/proformas/PRO-1");
        var response = await browser.GetAsync("/t/tenant-1/billing/proformas/PRO-1/pdf");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Contains("href=\"/t/tenant-1/billing/proformas/PRO-1/pdf\" download>Download PDF</a>", proforma, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("PRO-1.pdf", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Equal(Samples.PdfBytes, bytes);
        Assert.True(app.Billing.LastPdf?.Disposed);
    }

    [Fact]
    public async Task A_proforma_pdf_that_does_not_exist_is_not_found()
    {
        using var app = new PortalApp();
        using var browser = await app.SignedInBrowser();

        var response = await browser.GetAsync("/t/tenant-1/billing/proformas/PRO-404/pdf");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(app.Billing.LastPdf);
    }
}
