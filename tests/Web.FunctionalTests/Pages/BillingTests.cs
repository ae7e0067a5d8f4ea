using System.Net;

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
}
