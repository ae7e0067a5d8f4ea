using System.Text.Json;
using Portal.Adapters.Http.IntegrationTests.Infrastructure;
using Portal.Application.Billing.Ports;
using Portal.Application.Common.Exceptions;
using Portal.Domain.Billing;
using Portal.Domain.Common;

namespace Portal.Adapters.Http.IntegrationTests.Billing;

public sealed class BillingLedgerTests : PlatformTestBase
{
    private const string InvoiceJson = """
        {"id": 901, "number": "INV-2026-0001", "status": "overdue", "total_cents": 11900, "currency": "EUR",
         "due_at": "2026-10-31", "created_at": "2026-10-01T09:30:00Z", "is_overdue": true, "amount_due": 5900,
         "subtotal_cents": 10000, "tax_cents": 1900, "issued_at": "2026-10-01T10:00:00+02:00", "paid_at": null,
         "lines": [{"description": "Hosting Pro, October", "quantity": "1.5", "unit_price_cents": 4000, "tax_rate": "19.00", "line_total_cents": 6000},
                   {"description": "Domain example.com", "quantity": 1, "unit_price_cents": 4000, "tax_rate": 19, "line_total_cents": 4000}],
         "bill_to": {"name": "Lima Dental Ltd", "address_lines": ["1 Main St", "Lisbon"], "tax_id": "PT123456789"}}
        """;

    private IBillingLedger Ledger => Portal.Get<IBillingLedger>();

    [Fact]
    public async Task The_summary_maps_counts_the_amount_due_and_the_recent_invoices()
    {
        Platform.OnJson("billing/summary/", $$$"""
            {"success": true, "summary": {"total_invoices": 12, "draft_invoices": 1, "issued_invoices": 3, "overdue_invoices": 2,
              "paid_invoices": 6, "total_amount_due_cents": 25900, "currency_code": "EUR", "recent_invoices": [{{{InvoiceJson}}}]}}
            """);

        var summary = await Ledger.GetSummaryAsync(ScopeFor(Portal), CancellationToken.None);

        Assert.Equal((12, 1, 3, 2, 6), (summary.TotalInvoices, summary.DraftInvoices, summary.IssuedInvoices, summary.OverdueInvoices, summary.PaidInvoices));
        Assert.Equal(new Money(25900, "EUR"), summary.TotalAmountDue);
        Assert.Equal("INV-2026-0001", Assert.Single(summary.RecentInvoices).Number.Value);
        AssertScopedPost(Assert.Single(Platform.Requests), "/api/billing/summary/");
    }

    [Fact]
    public async Task A_summary_without_a_single_currency_has_no_total_due()
    {
        Platform.OnJson("billing/summary/", """
            {"success": true, "summary": {"total_invoices": 0, "draft_invoices": 0, "issued_invoices": 0, "overdue_invoices": 0,
              "paid_invoices": 0, "total_amount_due_cents": 0, "currency_code": null, "recent_invoices": []}}
            """);

        var summary = await Ledger.GetSummaryAsync(ScopeFor(Portal), CancellationToken.None);

        Assert.Null(summary.TotalAmountDue);
        Assert.Empty(summary.RecentInvoices);
    }

    [Fact]
    public async Task Invoices_pass_paging_and_status_through_and_map_billings_pagination_names()
    {
        Platform.OnJson("billing/invoices/", $$$"""
            {"success": true, "invoices": [{{{InvoiceJson}}}], "pagination": {"current_page": 2, "total_pages": 3, "total_items": 41}}
            """);

        var page = await Ledger.ListInvoicesAsync(
            ScopeFor(Portal), new InvoiceFilter(InvoiceStatus.Overdue), new PageRequest(2, 20), CancellationToken.None);

        var request = Assert.Single(Platform.Requests);
        AssertScopedPost(request, "/api/billing/invoices/");
        Assert.Equal(2, request.Json.GetProperty("page").GetInt32());
        Assert.Equal(20, request.Json.GetProperty("limit").GetInt32());
        Assert.Equal("overdue", request.Json.GetProperty("status").GetString());
        Assert.Equal((2, 20, 41, 3), (page.Number, page.Size, page.TotalItems, page.TotalPages));
        var invoice = Assert.Single(page.Items);
        Assert.Equal(new InvoiceNumber("INV-2026-0001"), invoice.Number);
        Assert.Equal(InvoiceStatus.Overdue, invoice.Status);
        Assert.Equal(new Money(11900, "EUR"), invoice.Total);
        Assert.Equal(new Money(5900, "EUR"), invoice.AmountDue);
        Assert.Equal(new DateOnly(2026, 10, 31), invoice.DueDate);
        Assert.Equal(new DateTimeOffset(2026, 10, 1, 9, 30, 0, TimeSpan.Zero), invoice.CreatedAt);
        Assert.True(invoice.IsOverdue);
    }

    [Fact]
    public async Task Listing_without_a_filter_sends_no_status_and_unknown_states_stay_unknown()
    {
        Platform.OnJson("billing/invoices/", $$$"""
            {"success": true, "invoices": [{{{InvoiceJson.Replace("\"overdue\"", "\"disputed\"")}}}], "pagination": {"current_page": 1, "total_pages": 1, "total_items": 1}}
            """);

        var page = await Ledger.ListInvoicesAsync(ScopeFor(Portal), InvoiceFilter.All, PageRequest.First, CancellationToken.None);

        Assert.False(Assert.Single(Platform.Requests).Json.TryGetProperty("status", out _));
        Assert.Equal(InvoiceStatus.Unknown, Assert.Single(page.Items).Status);
    }

    [Fact]
    public async Task An_invoice_maps_amounts_lines_tax_rates_and_the_addressee()
    {
        Platform.OnJson("billing/invoices/INV-2026-0001/", $$$"""{"success": true, "invoice": {{{InvoiceJson}}}}""");

        var invoice = await Ledger.GetInvoiceAsync(ScopeFor(Portal), new InvoiceNumber("INV-2026-0001"), CancellationToken.None);

        AssertScopedPost(Assert.Single(Platform.Requests), "/api/billing/invoices/INV-2026-0001/");
        Assert.Equal(new Money(10000, "EUR"), invoice.Subtotal);
        Assert.Equal(new Money(1900, "EUR"), invoice.Tax);
        Assert.Equal(new DateTimeOffset(2026, 10, 1, 8, 0, 0, TimeSpan.Zero), invoice.IssuedAt);
        Assert.Null(invoice.PaidAt);
        Assert.Collection(
            invoice.Lines,
            line => Assert.Equal(("Hosting Pro, October", 1.5m, 4000L, 1900, 6000L), (line.Description, line.Quantity, line.UnitPrice.Cents, line.TaxRateBasisPoints, line.LineTotal.Cents)),
            line => Assert.Equal(("Domain example.com", 1m, 4000L, 1900, 4000L), (line.Description, line.Quantity, line.UnitPrice.Cents, line.TaxRateBasisPoints, line.LineTotal.Cents)));
        Assert.Equal("Lima Dental Ltd", invoice.BillTo!.Name);
        Assert.Equal(["1 Main St", "Lisbon"], invoice.BillTo.AddressLines);
        Assert.Equal("PT123456789", invoice.BillTo.TaxId);
    }

    [Theory]
    [InlineData(403)]
    [InlineData(404)]
    public async Task Someone_elses_invoice_and_a_missing_one_are_both_not_found(int status)
    {
        Platform.OnJson("billing/invoices/INV-9/", """{"success": false, "error": "Not found"}""", status);

        var error = await Assert.ThrowsAsync<NotFoundException>(
            () => Ledger.GetInvoiceAsync(ScopeFor(Portal), new InvoiceNumber("INV-9"), CancellationToken.None));

        Assert.Equal("invoice", error.What);
    }

    [Fact]
    public async Task Currency_codes_are_normalised_and_an_invoice_without_its_amounts_is_malformed()
    {
        Platform.OnJson("billing/invoices/INV-2026-0001/", $$$"""{"success": true, "invoice": {{{InvoiceJson.Replace("\"currency\": \"EUR\"", "\"currency\": \"usd\"")}}}}""");

        var invoice = await Ledger.GetInvoiceAsync(ScopeFor(Portal), new InvoiceNumber("INV-2026-0001"), CancellationToken.None);

        // Lower-case codes are normalised, and the lines follow the invoice's currency.
        Assert.Equal("USD", invoice.Currency);
        Platform.OnJson("billing/invoices/INV-2026-0001/", """{"success": true, "invoice": {"number": "INV-2026-0001", "currency": "EUR"}}""");
        var error = await Assert.ThrowsAsync<BackendUnavailableException>(
            () => Ledger.GetInvoiceAsync(ScopeFor(Portal), new InvoiceNumber("INV-2026-0001"), CancellationToken.None));
        Assert.Equal("billing", error.Area);
        Assert.IsType<FormatException>(error.InnerException);
    }

    [Fact]
    public async Task Proformas_list_with_billing_pagination_and_a_proforma_maps_its_notes_and_lines()
    {
        const string ProformaJson = """
            {"id": 3, "number": "PRO-2026-0003", "status": "sent", "total_cents": 4760, "currency": "EUR", "valid_until": "2026-12-01",
             "created_at": "2026-11-01T12:00:00Z", "is_expired": false, "notes": "Pay by transfer.", "subtotal_cents": 4000, "tax_cents": 760,
             "lines": [{"description": "VPS M", "quantity": 1, "unit_price_cents": 4000, "tax_rate": 19, "line_total_cents": 4000}],
             "bill_to": {"name": "Lima Dental Ltd", "address": "1 Main St\nLisbon", "tax_id": ""}}
            """;
        Platform.OnJson("billing/proformas/", $$$"""
            {"success": true, "proformas": [{{{ProformaJson}}}], "pagination": {"current_page": 1, "total_pages": 1, "total_items": 1}}
            """);
        Platform.OnJson("billing/proformas/PRO-2026-0003/", $$$"""{"success": true, "proforma": {{{ProformaJson}}}}""");

        var page = await Ledger.ListProformasAsync(ScopeFor(Portal), new PageRequest(1, 10), CancellationToken.None);
        var proforma = await Ledger.GetProformaAsync(ScopeFor(Portal), new ProformaNumber("PRO-2026-0003"), CancellationToken.None);

        var listed = Assert.Single(page.Items);
        Assert.Equal((ProformaStatus.Sent, new DateOnly(2026, 12, 1), false), (listed.Status, listed.ValidUntil, listed.IsExpired));
        Assert.Equal((1, 10, 1), (page.Number, page.Size, page.TotalItems));
        Assert.Equal("Pay by transfer.", proforma.Notes);
        Assert.Equal(new Money(760, "EUR"), proforma.Tax);
        Assert.Equal(["1 Main St", "Lisbon"], proforma.BillTo!.AddressLines);
        Assert.Null(proforma.BillTo.TaxId);
        var requests = Platform.Requests;
        AssertScopedPost(requests[0], "/api/billing/proformas/");
        Assert.Equal(10, requests[0].Json.GetProperty("limit").GetInt32());
        AssertScopedPost(requests[1], "/api/billing/proformas/PRO-2026-0003/");
    }

    [Fact]
    public async Task Malformed_billing_json_is_unavailable_with_the_parse_error_inside()
    {
        Platform.OnJson("billing/summary/", """{"success": true, "summary": {"total_invoices": "many"}}""");

        var error = await Assert.ThrowsAsync<BackendUnavailableException>(
            () => Ledger.GetSummaryAsync(ScopeFor(Portal), CancellationToken.None));

        Assert.Equal("billing", error.Area);
        Assert.Equal("The billing service is unavailable right now (malformed answer).", error.Message);
        Assert.IsType<JsonException>(error.InnerException);
    }
}
