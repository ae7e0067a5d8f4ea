using Portal.Adapters.Http.IntegrationTests.Infrastructure;
using Portal.Application.Billing.Ports;
using Portal.Domain.Billing;
using Portal.Domain.Common;

namespace Portal.Adapters.Http.IntegrationTests.Billing;

/// <summary><c>billing/documents/</c> and the proforma PDF against answers shaped as platform-api.md §6 says.</summary>
public sealed class BillingDocumentsTests : PlatformTestBase
{
    private const string Currency = """{"id": "RON", "code": "RON", "name": "Romanian Leu", "symbol": "lei", "decimals": 2}""";

    private static readonly string DocumentsJson = """
        {"success": true, "documents": [
          {"id": 7, "number": "PRO-2026-0003", "status": "sent", "total_cents": 11900, "currency": CURRENCY,
           "valid_until": "2026-12-20T00:00:00+02:00", "created_at": "2026-11-20T10:00:00.123456+02:00", "is_expired": false,
           "document_type": "proforma"},
          {"id": 12, "number": "INV-2026-0012", "status": "partially_refunded", "total_cents": 24200, "currency": CURRENCY,
           "due_at": "2026-12-01T00:00:00+02:00", "created_at": "2026-11-01T09:00:00+02:00", "is_overdue": false, "amount_due": 4200,
           "document_type": "invoice"},
          {"id": 13, "number": "CN-2026-0001", "status": "issued", "total_cents": -500, "currency": CURRENCY,
           "created_at": "2026-11-01T09:00:00+02:00", "document_type": "credit_note"}],
         "pagination": {"current_page": 3, "total_pages": 3, "total_items": 43, "has_next": false, "has_previous": true, "limit": 20},
         "summary": {"invoice_count": 30, "proforma_count": 13, "unpaid_invoice_count": 4, "total_count": 43}}
        """.Replace("CURRENCY", Currency, StringComparison.Ordinal);

    private IBillingLedger Ledger => Portal.Get<IBillingLedger>();

    [Fact]
    public async Task The_filter_page_and_identity_are_sent_in_the_body()
    {
        Platform.OnJson("billing/documents/", DocumentsJson);

        await Ledger.ListDocumentsAsync(
            ScopeFor(Portal), new BillingDocumentFilter(BillingDocumentType.Proforma, "sent", "acme"), new PageRequest(9, 20), CancellationToken.None);

        var request = Assert.Single(Platform.Requests);
        AssertScopedPost(request, "/api/billing/documents/");
        var body = request.Json;
        Assert.Equal((9, 20), (body.GetProperty("page").GetInt32(), body.GetProperty("limit").GetInt32()));
        Assert.Equal(("proforma", "sent", "acme"), (body.GetProperty("document_type").GetString(), body.GetProperty("status").GetString(), body.GetProperty("search").GetString()));
    }

    [Fact]
    public async Task All_types_are_asked_for_as_all_and_absent_criteria_are_left_out()
    {
        Platform.OnJson("billing/documents/", DocumentsJson);

        await Ledger.ListDocumentsAsync(ScopeFor(Portal), BillingDocumentFilter.All, new PageRequest(1, 20), CancellationToken.None);

        var body = Assert.Single(Platform.Requests).Json;
        Assert.Equal("all", body.GetProperty("document_type").GetString());
        Assert.False(body.TryGetProperty("status", out _));
        Assert.False(body.TryGetProperty("search", out _));
    }

    [Fact]
    public async Task A_row_without_its_document_type_is_read_by_the_fields_only_its_kind_has()
    {
        Platform.OnJson("billing/documents/", DocumentsJson
            .Replace("\"document_type\": \"proforma\"", "\"document_type\": \"\"", StringComparison.Ordinal)
            .Replace("\"document_type\": \"invoice\"", "\"document_type\": null", StringComparison.Ordinal));

        var list = await Ledger.ListDocumentsAsync(ScopeFor(Portal), BillingDocumentFilter.All, new PageRequest(3, 20), CancellationToken.None);

        Assert.Equal(
            [("PRO-2026-0003", BillingDocumentType.Proforma), ("INV-2026-0012", BillingDocumentType.Invoice)],
            list.Documents.Items.Select(d => (d.Proforma?.Number.Value ?? d.Invoice!.Number.Value, d.Type)));
    }

    [Fact]
    public async Task Each_row_is_read_as_its_document_type_a_kind_Portal_does_not_know_is_left_out_and_the_page_is_the_clamped_one()
    {
        Platform.OnJson("billing/documents/", DocumentsJson);

        var list = await Ledger.ListDocumentsAsync(ScopeFor(Portal), BillingDocumentFilter.All, new PageRequest(9, 20), CancellationToken.None);

        Assert.Equal([BillingDocumentType.Proforma, BillingDocumentType.Invoice], list.Documents.Items.Select(d => d.Type));
        var proforma = list.Documents.Items[0].Proforma!;
        Assert.Equal(("PRO-2026-0003", ProformaStatus.Sent, new Money(11_900, "RON")), (proforma.Number.Value, proforma.Status, proforma.Total));
        var invoice = list.Documents.Items[1].Invoice!;
        Assert.Equal(("INV-2026-0012", "partially_refunded", new Money(4_200, "RON")), (invoice.Number.Value, invoice.StatusCode, invoice.AmountDue));
        Assert.Equal((3, 3, 43), (list.Documents.Number, list.Documents.TotalPages, list.Documents.TotalItems));
        Assert.Equal(new BillingDocumentCounts(30, 13, 4, 43), list.Counts);
    }

    [Fact]
    public async Task A_document_whose_number_Portal_cannot_address_is_left_out_not_the_whole_list()
    {
        Platform.OnJson("billing/documents/", DocumentsJson.Replace("\"PRO-2026-0003\"", "\"PRO/2026/3\"", StringComparison.Ordinal));
        Platform.OnJson("billing/proformas/", $$$"""
            {"success": true, "proformas": [
              {"number": "PRO 4", "status": "sent", "total_cents": 100, "currency": {{{Currency}}}, "created_at": "2026-11-20T10:00:00+02:00"},
              {"number": "PRO-5", "status": "sent", "total_cents": 100, "currency": {{{Currency}}}, "created_at": "2026-11-20T10:00:00+02:00"}],
             "pagination": {"current_page": 1, "total_pages": 1, "total_items": 2, "has_next": false, "has_previous": false, "limit": 20}}
            """);

        var list = await Ledger.ListDocumentsAsync(ScopeFor(Portal), BillingDocumentFilter.All, new PageRequest(3, 20), CancellationToken.None);
        var proformas = await Ledger.ListProformasAsync(ScopeFor(Portal), PageRequest.First, CancellationToken.None);

        Assert.Equal("INV-2026-0012", Assert.Single(list.Documents.Items).Invoice!.Number.Value);
        Assert.Equal("PRO-5", Assert.Single(proformas.Items).Number.Value);
    }

    /// <summary>
    /// Rows left out (a kind Portal has no page for, a number it cannot address) take their places on the Platform's page;
    /// the rows past the page's end are the next page's, never brought forward into those places.
    /// </summary>
    [Fact]
    public async Task A_page_is_cut_to_its_own_size_before_a_row_is_left_out_so_no_row_past_its_end_takes_that_place()
    {
        Platform.OnJson("billing/documents/", $$$"""
            {"success": true, "documents": [
              {"number": "CN-1", "status": "issued", "total_cents": -500, "currency": {{{Currency}}}, "document_type": "credit_note"},
              {"number": "PRO-2", "status": "sent", "total_cents": 100, "currency": {{{Currency}}}, "document_type": "proforma"},
              {"number": "INV-3", "status": "issued", "total_cents": 100, "amount_due": 100, "currency": {{{Currency}}}, "document_type": "invoice"}],
             "pagination": {"current_page": 1, "total_pages": 2, "total_items": 4, "has_next": true, "has_previous": false, "limit": 2}}
            """);
        Platform.OnJson("billing/proformas/", $$$"""
            {"success": true, "proformas": [
              {"number": "PRO 4", "status": "sent", "total_cents": 100, "currency": {{{Currency}}}, "created_at": "2026-11-20T10:00:00+02:00"},
              {"number": "PRO-5", "status": "sent", "total_cents": 100, "currency": {{{Currency}}}, "created_at": "2026-11-20T10:00:00+02:00"}],
             "pagination": {"current_page": 1, "total_pages": 2, "total_items": 2, "has_next": true, "has_previous": false, "limit": 1}}
            """);

        var list = await Ledger.ListDocumentsAsync(ScopeFor(Portal), BillingDocumentFilter.All, new PageRequest(1, 2), CancellationToken.None);
        var proformas = await Ledger.ListProformasAsync(ScopeFor(Portal), new PageRequest(1, 1), CancellationToken.None);

        Assert.Equal("PRO-2", Assert.Single(list.Documents.Items).Proforma!.Number.Value);
        Assert.Equal((2, 4, 2), (list.Documents.Size, list.Documents.TotalItems, list.Documents.TotalPages));
        Assert.Empty(proformas.Items);
        Assert.Equal((1, 2, 2), (proformas.Size, proformas.TotalItems, proformas.TotalPages));
    }

    /// <summary>A document of either kind that names no currency is in no currency, as the invoice list's are, not the services' default.</summary>
    [Fact]
    public async Task A_document_or_proforma_without_a_currency_is_in_no_currency_not_left_out_or_failing_the_list()
    {
        Platform.OnJson("billing/documents/", DocumentsJson
            .Replace($"\"total_cents\": 11900, \"currency\": {Currency},", "\"total_cents\": 11900, \"currency\": null,", StringComparison.Ordinal)
            .Replace($"\"total_cents\": 24200, \"currency\": {Currency},", "\"total_cents\": 24200,", StringComparison.Ordinal));
        Platform.OnJson("billing/proformas/PRO-5/", """
            {"success": true, "proforma": {"number": "PRO-5", "status": "sent", "subtotal_cents": 100, "tax_cents": 0, "total_cents": 100,
             "currency": "", "lines": [{"description": "VPS M", "unit_price_cents": 100, "line_total_cents": 100}]}}
            """);
        await using var portal = PlatformHarness.Create(Platform, settings => settings["PLATFORM_API_DEFAULT_CURRENCY"] = "CHF");
        var ledger = portal.Get<IBillingLedger>();

        var list = await ledger.ListDocumentsAsync(ScopeFor(portal), BillingDocumentFilter.All, PageRequest.First, CancellationToken.None);
        var proforma = await ledger.GetProformaAsync(ScopeFor(portal), new ProformaNumber("PRO-5"), CancellationToken.None);

        Assert.Collection(
            list.Documents.Items,
            row => Assert.Equal(new Money(11_900, Money.NoCurrency), row.Proforma!.Total),
            row => Assert.Equal((new Money(24_200, Money.NoCurrency), new Money(4_200, Money.NoCurrency)), (row.Invoice!.Total, row.Invoice.AmountDue)));
        Assert.Equal((new Money(100, Money.NoCurrency), Money.NoCurrency), (proforma.Summary.Total, Assert.Single(proforma.Lines).LineTotal.Currency));
    }

    [Fact]
    public async Task A_document_whose_creation_time_is_missing_or_unreadable_is_listed_undated()
    {
        Platform.OnJson("billing/documents/", DocumentsJson
            .Replace("\"created_at\": \"2026-11-20T10:00:00.123456+02:00\"", "\"created_at\": \"soon\"", StringComparison.Ordinal)
            .Replace("\"created_at\": \"2026-11-01T09:00:00+02:00\", \"is_overdue\"", "\"is_overdue\"", StringComparison.Ordinal));

        var list = await Ledger.ListDocumentsAsync(ScopeFor(Portal), BillingDocumentFilter.All, PageRequest.First, CancellationToken.None);

        Assert.Collection(
            list.Documents.Items,
            proforma => Assert.Equal(("PRO-2026-0003", (DateTimeOffset?)null), (proforma.Proforma!.Number.Value, proforma.Proforma.CreatedAt)),
            invoice => Assert.Equal(("INV-2026-0012", (DateTimeOffset?)null), (invoice.Invoice!.Number.Value, invoice.Invoice.CreatedAt)));
    }

    /// <summary>A count that does not read as one, or is negative, makes the counts unknown, as a missing one does; a null <c>is_expired</c> is an absent one.</summary>
    [Theory]
    [InlineData("\"invoice_count\": 30", "\"invoice_count\": \"n/a\"")]
    [InlineData("\"invoice_count\": 30", "\"invoice_count\": \"\"")]
    [InlineData("\"invoice_count\": 30", "\"invoice_count\": 30.5")]
    [InlineData("\"invoice_count\": 30", "\"invoice_count\": 1e20")]
    [InlineData("\"unpaid_invoice_count\": 4", "\"unpaid_invoice_count\": -4")]
    [InlineData("\"summary\": {", "\"summary\": \"43 documents\", \"other\": {")]
    public async Task An_unreadable_count_or_summary_makes_the_counts_unknown_and_a_null_expiry_flag_is_as_absent_the_list_stands(string given, string unreadable)
    {
        Platform.OnJson("billing/documents/", DocumentsJson
            .Replace(given, unreadable, StringComparison.Ordinal)
            .Replace("\"is_expired\": false", "\"is_expired\": null", StringComparison.Ordinal));

        var list = await Ledger.ListDocumentsAsync(ScopeFor(Portal), BillingDocumentFilter.All, new PageRequest(3, 20), CancellationToken.None);

        Assert.Equal([BillingDocumentType.Proforma, BillingDocumentType.Invoice], list.Documents.Items.Select(d => d.Type));
        Assert.False(list.Documents.Items[0].Proforma!.IsExpired);
        Assert.Null(list.Counts);
    }

    [Fact]
    public async Task Without_a_summary_the_list_still_shows_and_the_counts_are_unknown()
    {
        Platform.OnJson("billing/documents/", """
            {"success": true, "documents": [],
             "pagination": {"current_page": 1, "total_pages": 1, "total_items": 0, "has_next": false, "has_previous": false, "limit": 20}}
            """);

        var list = await Ledger.ListDocumentsAsync(ScopeFor(Portal), BillingDocumentFilter.All, new PageRequest(1, 20), CancellationToken.None);

        Assert.Empty(list.Documents.Items);
        Assert.Null(list.Counts);
    }

    [Fact]
    public async Task The_proforma_pdf_is_streamed_with_the_Platforms_file_name()
    {
        var pdf = FakePlatform.Utf8("%PDF-1.7\n%%EOF\n");
        Platform.On("billing/proformas/PRO-2026-0003/pdf/", async (context, _) =>
        {
            context.Response.ContentType = "application/pdf";
            context.Response.ContentLength = pdf.Length;
            context.Response.Headers.ContentDisposition = "attachment; filename=\"proforma_PRO-2026-0003.pdf\"";
            await context.Response.Body.WriteAsync(pdf);
        });

        await using var document = await Ledger.OpenProformaPdfAsync(ScopeFor(Portal), new ProformaNumber("PRO-2026-0003"), CancellationToken.None);
        using var copy = new MemoryStream();
        await document.Content.CopyToAsync(copy);

        AssertScopedPost(Assert.Single(Platform.Requests), "/api/billing/proformas/PRO-2026-0003/pdf/");
        Assert.Equal(("proforma_PRO-2026-0003.pdf", (long?)pdf.Length), (document.FileName, document.Length));
        Assert.Equal(pdf, copy.ToArray());
    }

    [Fact]
    public async Task A_missing_proforma_pdf_is_not_found()
    {
        Platform.OnJson("billing/proformas/PRO-1/pdf/", """{"success": false, "error": "Proforma not found"}""", 404);

        var error = await Assert.ThrowsAsync<Portal.Application.Common.Exceptions.NotFoundException>(
            () => Ledger.OpenProformaPdfAsync(ScopeFor(Portal), new ProformaNumber("PRO-1"), CancellationToken.None));

        Assert.Equal("proforma", error.What);
    }
}
