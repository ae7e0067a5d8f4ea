using System.Text.Json;
using Portal.Adapters.Http.IntegrationTests.Infrastructure;
using Portal.Application.Billing.Ports;
using Portal.Application.Common.Exceptions;
using Portal.Domain.Billing;
using Portal.Domain.Common;

namespace Portal.Adapters.Http.IntegrationTests.Billing;

/// <summary>Billing against a Kestrel Platform that answers in the shapes of platform-api.md §6.</summary>
public sealed class BillingLedgerTests : PlatformTestBase
{
    private const string Ron = """{"id": "RON", "code": "RON", "name": "Romanian Leu", "symbol": "lei", "decimals": 2}""";

    /// <summary>An InvoiceItem plus the detail's fields, Bucharest offsets and all, as the Platform's serializers write it.</summary>
    private const string InvoiceJson = $$$"""
        {"id": 901, "number": "INV-000123", "status": "overdue", "total_cents": 11900, "currency": {{{Ron}}},
         "due_at": "2026-10-31T23:59:00+02:00", "created_at": "2026-10-01T12:30:00.123456+03:00", "is_overdue": true, "amount_due": 5900,
         "subtotal_cents": 10000, "tax_cents": 1900, "issued_at": "2026-10-01T10:00:00+03:00", "sent_at": null, "paid_at": null,
         "subtotal": "100.00", "tax_amount": "19.00", "total": "119.00",
         "lines": [{"description": "Hosting Pro", "kind": "service", "quantity": "1.500", "unit_price_cents": 4000, "tax_rate": "0.2100",
                    "line_total_cents": 6000, "unit_price": "40.00", "line_total": "60.00", "domain_name": "lima.example",
                    "period_start": "2026-10-01", "period_end": "2026-10-31", "unit_code": "C62", "seller_item_id": "", "note": ""},
                   {"description": "Loyalty discount", "kind": "discount", "quantity": "1.000", "unit_price_cents": -1000, "tax_rate": "0.0000",
                    "line_total_cents": -1000, "unit_price": "-10.00", "line_total": "-10.00", "domain_name": "",
                    "period_start": null, "period_end": null, "unit_code": "C62", "seller_item_id": "", "note": ""}],
         "bill_to": {"name": "Lima Dental SRL", "tax_id": "RO123456", "email": "billing@lima.example", "address": "Str. Exemplu 1, Bucharest, 010101, Romania"},
         "pdf_url": "/invoices/pdf/INV-000123.pdf", "efactura_sent": false, "meta": {}}
        """;

    private IBillingLedger Ledger => Portal.Get<IBillingLedger>();

    [Fact]
    public async Task The_summary_keeps_the_platforms_counts_and_calls_its_total_what_it_is()
    {
        Platform.OnJson("billing/summary/", """
            {"success": true, "summary": {"total_invoices": 12, "draft_invoices": 1, "issued_invoices": 3, "overdue_invoices": 0,
              "paid_invoices": 6, "total_amount_due_cents": 25900, "currency_code": "RON",
              "recent_invoices": [{"number": "INV-000123", "status": "issued", "total_cents": 11900, "due_at": "2026-10-31T21:59:00Z",
                                   "is_overdue": false, "created_at": "2026-10-01T09:30:00Z"}]}}
            """);

        var summary = await Ledger.GetSummaryAsync(ScopeFor(Portal), CancellationToken.None);

        Assert.Equal((12, 1, 3, 0, 6), (summary.TotalInvoices, summary.DraftInvoices, summary.IssuedInvoices, summary.OverdueInvoices, summary.PaidInvoices));
        Assert.Equal(new Money(25900, "RON"), summary.IssuedAndOverdueTotal);
        Assert.False(summary.TotalCurrencyConfirmed);
        AssertScopedPost(Assert.Single(Platform.Requests), "/api/billing/summary/");
    }

    [Theory]
    [InlineData("-3")]
    [InlineData("null")]
    [InlineData("\"many\"")]
    [InlineData("\"\"")]
    [InlineData("1.5")]
    [InlineData("3000000000")]
    [InlineData("true")]
    [InlineData("{\"count\": 3}")]
    public async Task A_summary_count_missing_negative_or_unreadable_is_unknown_not_zero_and_the_others_stand(string issued)
    {
        Platform.OnJson("billing/summary/", $$$"""
            {"success": true, "summary": {"total_invoices": "12", "issued_invoices": {{{issued}}}, "overdue_invoices": 2,
              "total_amount_due_cents": 25900, "currency_code": "RON"}}
            """);

        var summary = await Ledger.GetSummaryAsync(ScopeFor(Portal), CancellationToken.None);

        Assert.Equal(((int?)12, (int?)null, (int?)null, (int?)2, (int?)null), (summary.TotalInvoices, summary.DraftInvoices, summary.IssuedInvoices, summary.OverdueInvoices, summary.PaidInvoices));
        Assert.Equal(new Money(25900, "RON"), summary.IssuedAndOverdueTotal);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("\"€\"")]
    [InlineData("\"Romanian Leu\"")]
    public async Task A_summary_without_a_currency_code_has_no_total_rather_than_a_guess_and_its_counts_stand(string code)
    {
        Platform.OnJson("billing/summary/", $$$"""
            {"success": true, "summary": {"total_invoices": 1, "draft_invoices": 0, "issued_invoices": 1, "overdue_invoices": 0,
              "paid_invoices": 0, "total_amount_due_cents": 100, "currency_code": {{{code}}},
              "recent_invoices": [{"number": "INV-1", "status": "issued", "total_cents": 100, "due_at": null, "is_overdue": false, "created_at": "2026-10-01T09:30:00Z"}]}}
            """);

        var summary = await Ledger.GetSummaryAsync(ScopeFor(Portal), CancellationToken.None);

        Assert.Null(summary.IssuedAndOverdueTotal);
        Assert.Equal((1, 1), (summary.TotalInvoices, summary.IssuedInvoices));
    }

    [Fact]
    public async Task Invoices_read_the_currency_object_billings_pagination_and_mixed_offsets()
    {
        Platform.OnJson("billing/invoices/", $$$"""
            {"success": true, "invoices": [{{{InvoiceJson}}}],
             "pagination": {"current_page": 2, "total_pages": 3, "total_items": 41, "has_next": true, "has_previous": true, "limit": 20}}
            """);

        var page = await Ledger.ListInvoicesAsync(
            ScopeFor(Portal), new InvoiceFilter(InvoiceStatus.Overdue), new PageRequest(2, 20), CancellationToken.None);

        var request = Assert.Single(Platform.Requests);
        AssertScopedPost(request, "/api/billing/invoices/");
        Assert.Equal((2, 20, "overdue"), (request.Json.GetProperty("page").GetInt32(), request.Json.GetProperty("limit").GetInt32(), request.Json.GetProperty("status").GetString()));
        Assert.Equal((2, 20, 41, 3, false), (page.Number, page.Size, page.TotalItems, page.TotalPages, page.TotalUnknown));
        var invoice = Assert.Single(page.Items);
        Assert.Equal((InvoiceStatus.Overdue, "overdue"), (invoice.Status, invoice.StatusCode));
        Assert.Equal(new Money(11900, "RON"), invoice.Total);
        Assert.Equal(new Money(5900, "RON"), invoice.AmountDue);
        Assert.Equal(new DateOnly(2026, 10, 31), invoice.DueDate);
        Assert.Equal(new DateTimeOffset(2026, 10, 1, 9, 30, 0, 123, TimeSpan.Zero).AddTicks(4560), invoice.CreatedAt);
        Assert.True(invoice.IsOverdue);
    }

    [Theory]
    [InlineData("INV/1")]
    [InlineData("a b")]
    [InlineData("..")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("3000")]
    public async Task An_invoice_whose_number_Portal_cannot_address_is_left_out_not_the_whole_list(string? number)
    {
        var odd = number switch
        {
            null => "null",
            "3000" => $"\"{new string('9', 3000)}\"",
            _ => $"\"{number}\"",
        };
        Platform.OnJson("billing/invoices/", $$$"""
            {"success": true, "invoices": [{{{InvoiceJson.Replace("\"INV-000123\"", odd, StringComparison.Ordinal)}}}, null, {{{InvoiceJson}}}],
             "pagination": {"current_page": 1, "total_pages": 1, "total_items": 3, "has_next": false, "has_previous": false, "limit": 20}}
            """);

        var page = await Ledger.ListInvoicesAsync(ScopeFor(Portal), InvoiceFilter.All, PageRequest.First, CancellationToken.None);

        Assert.Equal("INV-000123", Assert.Single(page.Items).Number.Value);
        Assert.Equal(3, page.TotalItems);
    }

    /// <summary>An entry that is no object (a bare number, text, list or flag) is left out as a null row is: the list stands.</summary>
    [Theory]
    [InlineData("\"INV-000124\"")]
    [InlineData("124")]
    [InlineData("[\"INV-000124\"]")]
    [InlineData("false")]
    public async Task An_invoices_entry_that_is_no_object_is_left_out_not_the_whole_list(string entry)
    {
        Platform.OnJson("billing/invoices/", $$$"""
            {"success": true, "invoices": [{{{entry}}}, {{{InvoiceJson}}}],
             "pagination": {"current_page": 1, "total_pages": 1, "total_items": 2, "has_next": false, "has_previous": false, "limit": 20}}
            """);

        var page = await Ledger.ListInvoicesAsync(ScopeFor(Portal), InvoiceFilter.All, PageRequest.First, CancellationToken.None);

        Assert.Equal("INV-000123", Assert.Single(page.Items).Number.Value);
        Assert.Equal(2, page.TotalItems);
    }

    /// <summary>A document's line that is no object is left out as a null line is: the invoice still opens with the others.</summary>
    [Theory]
    [InlineData("\"Setup fee\"")]
    [InlineData("25")]
    [InlineData("[{\"description\": \"Setup fee\"}]")]
    [InlineData("true")]
    public async Task A_line_that_is_no_object_is_left_out_and_the_invoice_still_opens(string entry)
    {
        var json = InvoiceJson.Replace("\"lines\": [", "\"lines\": [" + entry + ", ", StringComparison.Ordinal);
        Platform.OnJson("billing/invoices/INV-000123/", $$$"""{"success": true, "invoice": {{{json}}}}""");

        var invoice = await Ledger.GetInvoiceAsync(ScopeFor(Portal), new InvoiceNumber("INV-000123"), CancellationToken.None);

        Assert.Equal(["Hosting Pro", "Loyalty discount"], invoice.Lines.Select(line => line.Description));
    }

    [Fact]
    public async Task A_page_is_the_Platforms_own_size_whole_and_more_rows_than_that_are_cut_to_it()
    {
        var six = string.Join(", ", Enumerable.Repeat(InvoiceJson, 6));
        Platform.OnJson("billing/invoices/", $$$"""
            {"success": true, "invoices": [{{{six}}}],
             "pagination": {"current_page": 1, "total_pages": 1, "total_items": 6, "has_next": false, "has_previous": false, "limit": 20}}
            """);
        var sized = await Ledger.ListInvoicesAsync(ScopeFor(Portal), InvoiceFilter.All, new PageRequest(1, 5), CancellationToken.None);
        Platform.OnJson("billing/invoices/", $$$"""
            {"success": true, "invoices": [{{{six}}}],
             "pagination": {"current_page": 1, "total_pages": 2, "total_items": 6, "has_next": true, "has_previous": false, "limit": 4}}
            """);
        var cut = await Ledger.ListInvoicesAsync(ScopeFor(Portal), InvoiceFilter.All, new PageRequest(1, 5), CancellationToken.None);

        Assert.Equal((6, 20, 1), (sized.Items.Count, sized.Size, sized.TotalPages));
        Assert.Equal((4, 4, 2), (cut.Items.Count, cut.Size, cut.TotalPages));
    }

    /// <summary>The row left out takes its place on the Platform's page of 2; the third row is past the page's end, the next page's.</summary>
    [Fact]
    public async Task A_page_is_cut_to_its_own_size_before_a_row_is_left_out_so_no_row_past_its_end_takes_that_place()
    {
        Platform.OnJson("billing/invoices/", $$$"""
            {"success": true, "invoices": [{{{InvoiceJson.Replace("\"INV-000123\"", "\"INV/1\"", StringComparison.Ordinal)}}}, {{{InvoiceJson}}},
              {{{InvoiceJson.Replace("\"INV-000123\"", "\"INV-000124\"", StringComparison.Ordinal)}}}],
             "pagination": {"current_page": 1, "total_pages": 2, "total_items": 4, "has_next": true, "has_previous": false, "limit": 2}}
            """);

        var page = await Ledger.ListInvoicesAsync(ScopeFor(Portal), InvoiceFilter.All, new PageRequest(1, 2), CancellationToken.None);

        Assert.Equal("INV-000123", Assert.Single(page.Items).Number.Value);
        Assert.Equal((2, 4, 2), (page.Size, page.TotalItems, page.TotalPages));
    }

    /// <summary>
    /// A document that names no currency Portal can read is in no currency (<see cref="Money.NoCurrency"/>), not in
    /// PLATFORM_API_DEFAULT_CURRENCY as a service would be: it costs its currency's label, never the list or the page.
    /// </summary>
    [Theory]
    [InlineData("\"currency\": null,")]
    [InlineData("")]
    [InlineData("\"currency\": \"\",")]
    [InlineData("\"currency\": {\"id\": null, \"code\": \" \", \"decimals\": 2},")]
    [InlineData("\"currency\": \"€\",")]
    [InlineData("\"currency\": {\"code\": \"Romanian Leu\", \"decimals\": 2},")]
    [InlineData("\"currency\": [\"RON\"], \"currency_code\": null,")]
    public async Task An_invoice_naming_no_readable_currency_is_in_no_currency_not_a_guessed_one(string currency)
    {
        var json = InvoiceJson.Replace($"\"currency\": {Ron},", currency, StringComparison.Ordinal);
        Platform.OnJson("billing/invoices/", $$$"""
            {"success": true, "invoices": [{{{json}}}, {{{InvoiceJson.Replace("INV-000123", "INV-000124", StringComparison.Ordinal)}}}],
             "pagination": {"current_page": 1, "total_pages": 1, "total_items": 2, "has_next": false, "has_previous": false, "limit": 20}}
            """);
        Platform.OnJson("billing/invoices/INV-000123/", $$$"""{"success": true, "invoice": {{{json}}}}""");
        await using var portal = PlatformHarness.Create(Platform, settings => settings["PLATFORM_API_DEFAULT_CURRENCY"] = "CHF");
        var ledger = portal.Get<IBillingLedger>();

        var page = await ledger.ListInvoicesAsync(ScopeFor(portal), InvoiceFilter.All, PageRequest.First, CancellationToken.None);
        var invoice = await ledger.GetInvoiceAsync(ScopeFor(portal), new InvoiceNumber("INV-000123"), CancellationToken.None);

        // The services' default currency is configured, and still not taken for an invoice's.
        Assert.Equal([new Money(11900, Money.NoCurrency), new Money(11900, "RON")], page.Items.Select(row => row.Total));
        Assert.Equal((new Money(11900, Money.NoCurrency), new Money(5900, Money.NoCurrency)), (invoice.Summary.Total, invoice.Summary.AmountDue));
        Assert.Equal((new Money(10000, Money.NoCurrency), new Money(1900, Money.NoCurrency)), (invoice.Subtotal, invoice.Tax));
        Assert.All(invoice.Lines, line => Assert.Equal(Money.NoCurrency, line.LineTotal.Currency));
    }

    /// <summary>The summary's own naming, <c>currency_code</c>, names a document's currency where no <c>currency</c> object does.</summary>
    [Theory]
    [InlineData("\"currency_code\": \"eur\",", "EUR")]
    [InlineData("\"currency\": null, \"currency_code\": \"EUR\",", "EUR")]
    [InlineData("\"currency\": {\"code\": \"\", \"decimals\": 2}, \"currency_code\": \"EUR\",", "EUR")]
    [InlineData("\"currency\": {\"code\": \"USD\", \"decimals\": 2}, \"currency_code\": \"EUR\",", "USD")]
    public async Task A_currency_code_beside_the_currency_object_names_the_invoices_currency_where_the_object_does_not(string currency, string expected)
    {
        Platform.OnJson("billing/invoices/INV-000123/", $$$"""{"success": true, "invoice": {{{InvoiceJson.Replace($"\"currency\": {Ron},", currency, StringComparison.Ordinal)}}}}""");

        var invoice = await Ledger.GetInvoiceAsync(ScopeFor(Portal), new InvoiceNumber("INV-000123"), CancellationToken.None);

        Assert.Equal(new Money(11900, expected), invoice.Summary.Total);
        Assert.Equal(new Money(10000, expected), invoice.Subtotal);
    }

    /// <summary>Decimals no currency has cannot tell how to read a decimal string: they are not given, and 2 is taken.</summary>
    [Theory]
    [InlineData(-1)]
    [InlineData(7)]
    [InlineData(2_000_000)]
    public async Task A_currencys_decimals_outside_0_to_6_are_not_given_and_the_invoice_still_shows(int decimals)
    {
        var json = InvoiceJson
            .Replace("\"decimals\": 2", $"\"decimals\": {decimals}", StringComparison.Ordinal)
            .Replace("\"subtotal_cents\": 10000, ", string.Empty, StringComparison.Ordinal);
        Platform.OnJson("billing/invoices/INV-000123/", $$$"""{"success": true, "invoice": {{{json}}}}""");

        var invoice = await Ledger.GetInvoiceAsync(ScopeFor(Portal), new InvoiceNumber("INV-000123"), CancellationToken.None);

        Assert.Equal((new Money(11900, "RON"), new Money(10000, "RON")), (invoice.Summary.Total, invoice.Subtotal));
    }

    /// <summary>
    /// A currency's decimals sent as an object or a list are not given, and that value is read past whole: its own fields
    /// (<c>"code"</c>) are not the currency's, and the invoice still shows in its currency.
    /// </summary>
    [Theory]
    [InlineData("{\"code\": \"USD\"}")]
    [InlineData("[\"code\", \"USD\"]")]
    public async Task A_currencys_decimals_sent_as_an_object_or_a_list_are_read_past_and_not_given(string decimals)
    {
        var json = InvoiceJson.Replace(Ron, $$"""{"decimals": {{decimals}}, "code": "RON", "name": "Romanian Leu"}""", StringComparison.Ordinal);
        Platform.OnJson("billing/invoices/INV-000123/", $$$"""{"success": true, "invoice": {{{json}}}}""");

        var invoice = await Ledger.GetInvoiceAsync(ScopeFor(Portal), new InvoiceNumber("INV-000123"), CancellationToken.None);

        Assert.Equal(new Money(11900, "RON"), invoice.Summary.Total);
    }

    /// <summary>
    /// An invoice list whose <c>total_items</c> is missing, null, unreadable or negative has its total unknown, never 0 (which
    /// would make the page the whole list and every later page lie beyond the last): its pages are <c>total_pages</c> when
    /// that is readable, and known, else a full page promises at least one more and a shorter one is the last, pages only
    /// known to be there.
    /// </summary>
    [Theory]
    [InlineData("", "", 2, 4, ListCounted.Nothing)]
    [InlineData("\"total_items\": null, ", "", 2, 4, ListCounted.Nothing)]
    [InlineData("\"total_items\": \"n/a\", ", "\"total_pages\": null, ", 1, 3, ListCounted.Nothing)]
    [InlineData("\"total_items\": -1, ", "\"total_pages\": 0, ", 1, 3, ListCounted.Nothing)]
    [InlineData("\"total_items\": \"\", ", "\"total_pages\": 7, ", 2, 7, ListCounted.PagesOnly)]
    [InlineData("", "\"total_pages\": 5, ", 1, 5, ListCounted.PagesOnly)]
    public async Task An_invoice_list_without_a_readable_total_has_it_unknown_and_its_pages_from_total_pages_or_a_full_page(
        string totalItems, string totalPages, int rows, int pages, ListCounted counted)
    {
        var invoices = string.Join(", ", Enumerable.Range(1, rows).Select(n => InvoiceJson.Replace("INV-000123", "INV-" + n, StringComparison.Ordinal)));
        Platform.OnJson("billing/invoices/", $$$"""
            {"success": true, "invoices": [{{{invoices}}}],
             "pagination": {"current_page": 3, {{{totalPages}}}{{{totalItems}}}"has_next": false, "has_previous": true, "limit": 2}}
            """);

        var page = await Ledger.ListInvoicesAsync(ScopeFor(Portal), InvoiceFilter.All, new PageRequest(3, 2), CancellationToken.None);

        Assert.Equal((rows, counted, 3, pages, pages > 3), (page.Items.Count, page.Counted, page.Number, page.TotalPages, page.HasNext));
    }

    /// <summary>
    /// Pagination values that are null, negative or unreadable are not given (the page asked for, its size, an unknown count), and
    /// an <c>is_overdue</c> sent as null is read as an absent one: each costs its value, never the list.
    /// </summary>
    [Theory]
    [InlineData("null")]
    [InlineData("-2")]
    [InlineData("\"\"")]
    [InlineData("\"?\"")]
    [InlineData("1.5")]
    public async Task Unreadable_pagination_values_and_a_null_overdue_flag_cost_those_values_not_the_list(string value)
    {
        Platform.OnJson("billing/invoices/", $$$"""
            {"success": true, "invoices": [{{{InvoiceJson.Replace("\"is_overdue\": true", "\"is_overdue\": null", StringComparison.Ordinal)}}}],
             "pagination": {"current_page": {{{value}}}, "total_pages": {{{value}}}, "total_items": {{{value}}}, "has_next": {{{value}}}, "limit": {{{value}}}}}
            """);

        var page = await Ledger.ListInvoicesAsync(ScopeFor(Portal), InvoiceFilter.All, new PageRequest(1, 10), CancellationToken.None);

        var invoice = Assert.Single(page.Items);
        Assert.Equal(("INV-000123", InvoiceStatus.Overdue, false), (invoice.Number.Value, invoice.Status, invoice.IsOverdue));
        Assert.Equal((1, 10, true, 1), (page.Number, page.Size, page.TotalUnknown, page.TotalPages));
    }

    [Fact]
    public async Task An_empty_list_with_total_pages_0_is_one_empty_page()
    {
        Platform.OnJson("billing/invoices/", """
            {"success": true, "invoices": [], "pagination": {"current_page": 1, "total_pages": 0, "total_items": 0, "has_next": false, "has_previous": false, "limit": 20}}
            """);

        var page = await Ledger.ListInvoicesAsync(ScopeFor(Portal), InvoiceFilter.All, PageRequest.First, CancellationToken.None);

        Assert.Empty(page.Items);
        Assert.Equal((0, 1, false), (page.TotalItems, page.TotalPages, page.HasNext));
        Assert.False(Assert.Single(Platform.Requests).Json.TryGetProperty("status", out _));
    }

    [Theory]
    [InlineData("draft", InvoiceStatus.Draft)]
    [InlineData("issued", InvoiceStatus.Issued)]
    [InlineData("paid", InvoiceStatus.Paid)]
    [InlineData("overdue", InvoiceStatus.Overdue)]
    [InlineData("void", InvoiceStatus.Void)]
    [InlineData("refunded", InvoiceStatus.Refunded)]
    [InlineData("partially_refunded", InvoiceStatus.PartiallyRefunded)]
    [InlineData("disputed", InvoiceStatus.Unknown)]
    public async Task Every_invoice_status_is_read_and_an_unknown_one_is_kept_as_it_came(string code, InvoiceStatus expected)
    {
        Platform.OnJson("billing/invoices/", $$$"""
            {"success": true, "invoices": [{{{InvoiceJson.Replace("\"overdue\"", $"\"{code}\"", StringComparison.Ordinal)}}}],
             "pagination": {"current_page": 1, "total_pages": 1, "total_items": 1, "has_next": false, "has_previous": false, "limit": 20}}
            """);

        var invoice = Assert.Single((await Ledger.ListInvoicesAsync(ScopeFor(Portal), InvoiceFilter.All, PageRequest.First, CancellationToken.None)).Items);

        Assert.Equal((expected, code), (invoice.Status, invoice.StatusCode));
    }

    [Fact]
    public async Task An_invoice_reads_quantities_tax_rate_fractions_line_kinds_periods_and_the_addressee()
    {
        Platform.OnJson("billing/invoices/INV-000123/", $$$"""{"success": true, "invoice": {{{InvoiceJson}}}}""");

        var invoice = await Ledger.GetInvoiceAsync(ScopeFor(Portal), new InvoiceNumber("INV-000123"), CancellationToken.None);

        AssertScopedPost(Assert.Single(Platform.Requests), "/api/billing/invoices/INV-000123/");
        Assert.Equal((new Money(10000, "RON"), new Money(1900, "RON")), (invoice.Subtotal, invoice.Tax));
        Assert.Equal(new DateTimeOffset(2026, 10, 1, 7, 0, 0, TimeSpan.Zero), invoice.IssuedAt);
        Assert.Null(invoice.PaidAt);
        var (hosting, discount) = (invoice.Lines[0], invoice.Lines[1]);
        Assert.Equal((1.5m, 4000L, 2100, 6000L, InvoiceLineKind.Service), (hosting.Quantity, hosting.UnitPrice.Cents, hosting.TaxRateBasisPoints, hosting.LineTotal.Cents, hosting.Kind));
        Assert.Equal((new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31), "lima.example"), (hosting.PeriodStart, hosting.PeriodEnd, hosting.DomainName));
        Assert.Equal((1m, -1000L, 0, InvoiceLineKind.Discount), (discount.Quantity, discount.LineTotal.Cents, discount.TaxRateBasisPoints, discount.Kind));
        Assert.Equal((null, null, null), (discount.PeriodStart, discount.PeriodEnd, discount.DomainName));
        Assert.Equal(("Lima Dental SRL", "RO123456", "billing@lima.example"), (invoice.BillTo!.Name, invoice.BillTo.TaxId, invoice.BillTo.Email));
        Assert.Equal(["Str. Exemplu 1", "Bucharest", "010101", "Romania"], invoice.BillTo.AddressLines);
    }

    [Fact]
    public async Task An_optional_date_that_does_not_parse_or_overflows_is_unknown_and_the_invoice_still_shows()
    {
        var odd = InvoiceJson
            .Replace("\"due_at\": \"2026-10-31T23:59:00+02:00\"", "\"due_at\": \"2026-13-45\"", StringComparison.Ordinal)
            .Replace("\"issued_at\": \"2026-10-01T10:00:00+03:00\"", "\"issued_at\": \"0001-01-01T00:00:00+05:00\"", StringComparison.Ordinal)
            .Replace("\"paid_at\": null", "\"paid_at\": \"2026-12-07\"", StringComparison.Ordinal)
            .Replace("\"period_end\": \"2026-10-31\"", "\"period_end\": \"9999-12-31T23:59:59-05:00\"", StringComparison.Ordinal);
        Platform.OnJson("billing/invoices/INV-000123/", $$$"""{"success": true, "invoice": {{{odd}}}}""");

        var invoice = await Ledger.GetInvoiceAsync(ScopeFor(Portal), new InvoiceNumber("INV-000123"), CancellationToken.None);

        Assert.Equal(((DateOnly?)null, (DateTimeOffset?)null, (DateTimeOffset?)null), (invoice.Summary.DueDate, invoice.IssuedAt, invoice.PaidAt));
        Assert.Equal((new DateOnly(2026, 10, 1), (DateOnly?)null), (invoice.Lines[0].PeriodStart, invoice.Lines[0].PeriodEnd));
        Assert.Equal(new Money(11900, "RON"), invoice.Summary.Total);
    }

    /// <summary>The Platform orders the lists by it; Portal only shows it, so without it an invoice is still shown, undated.</summary>
    [Theory]
    [InlineData("\"created_at\": null")]
    [InlineData("\"created_at\": \"yesterday\"")]
    [InlineData("\"created_at\": \"2026-10-01\"")]
    [InlineData("\"created_at\": 1733529600")]
    [InlineData("\"no_created_at\": 0")]
    public async Task An_invoice_whose_creation_time_is_missing_or_unreadable_is_listed_and_opened_undated(string created)
    {
        var undated = InvoiceJson.Replace("\"created_at\": \"2026-10-01T12:30:00.123456+03:00\"", created, StringComparison.Ordinal);
        Platform.OnJson("billing/invoices/", $$$"""
            {"success": true, "invoices": [{{{undated}}}],
             "pagination": {"current_page": 1, "total_pages": 1, "total_items": 1, "has_next": false, "has_previous": false, "limit": 20}}
            """);
        Platform.OnJson("billing/invoices/INV-000123/", $$$"""{"success": true, "invoice": {{{undated}}}}""");

        var listed = Assert.Single((await Ledger.ListInvoicesAsync(ScopeFor(Portal), InvoiceFilter.All, PageRequest.First, CancellationToken.None)).Items);
        var invoice = await Ledger.GetInvoiceAsync(ScopeFor(Portal), new InvoiceNumber("INV-000123"), CancellationToken.None);

        Assert.Equal(("INV-000123", (DateTimeOffset?)null, new Money(11900, "RON")), (listed.Number.Value, listed.CreatedAt, listed.Total));
        Assert.Null(invoice.Summary.CreatedAt);
    }

    [Fact]
    public async Task Amounts_sent_only_as_decimal_strings_in_units_become_exact_cents()
    {
        var unitsOnly = InvoiceJson
            .Replace("\"subtotal_cents\": 10000, \"tax_cents\": 1900, ", string.Empty, StringComparison.Ordinal)
            .Replace("\"subtotal\": \"100.00\", \"tax_amount\": \"19.00\"", "\"subtotal\": \"100.10\", \"tax_amount\": \"0.29\"", StringComparison.Ordinal);
        Platform.OnJson("billing/invoices/INV-000123/", $$$"""{"success": true, "invoice": {{{unitsOnly}}}}""");

        var invoice = await Ledger.GetInvoiceAsync(ScopeFor(Portal), new InvoiceNumber("INV-000123"), CancellationToken.None);

        // 0.29 and 100.10 are not exact in binary floating point; decimal parsing keeps them exact.
        Assert.Equal((new Money(10010, "RON"), new Money(29, "RON")), (invoice.Subtotal, invoice.Tax));
    }

    [Fact]
    public async Task An_amount_finer_than_a_cent_is_malformed_not_rounded()
    {
        var finer = InvoiceJson.Replace("\"subtotal_cents\": 10000, ", string.Empty, StringComparison.Ordinal)
            .Replace("\"subtotal\": \"100.00\"", "\"subtotal\": \"100.005\"", StringComparison.Ordinal);
        Platform.OnJson("billing/invoices/INV-000123/", $$$"""{"success": true, "invoice": {{{finer}}}}""");

        var error = await Assert.ThrowsAsync<BackendUnavailableException>(
            () => Ledger.GetInvoiceAsync(ScopeFor(Portal), new InvoiceNumber("INV-000123"), CancellationToken.None));

        Assert.IsType<FormatException>(error.InnerException);
    }

    [Theory]
    [InlineData(2, "100.10", 10010L)]
    [InlineData(0, "100", 10000L)]
    [InlineData(0, "100.10", null)]
    [InlineData(3, "100.125", null)]
    public async Task The_currencys_decimals_drive_how_a_decimal_string_is_read(int decimals, string subtotal, long? cents)
    {
        var json = InvoiceJson
            .Replace("\"decimals\": 2", $"\"decimals\": {decimals}", StringComparison.Ordinal)
            .Replace("\"subtotal_cents\": 10000, ", string.Empty, StringComparison.Ordinal)
            .Replace("\"subtotal\": \"100.00\"", $"\"subtotal\": \"{subtotal}\"", StringComparison.Ordinal);
        Platform.OnJson("billing/invoices/INV-000123/", $$$"""{"success": true, "invoice": {{{json}}}}""");

        var read = Ledger.GetInvoiceAsync(ScopeFor(Portal), new InvoiceNumber("INV-000123"), CancellationToken.None);

        if (cents is { } expected)
        {
            Assert.Equal(new Money(expected, "RON"), (await read).Subtotal);
        }
        else
        {
            Assert.IsType<FormatException>((await Assert.ThrowsAsync<BackendUnavailableException>(() => read)).InnerException);
        }
    }

    [Theory]
    [InlineData(403)]
    [InlineData(404)]
    public async Task Someone_elses_invoice_and_a_missing_one_are_both_not_found(int status)
    {
        Platform.OnJson("billing/invoices/INV-9/", """{"success": false, "error": "Invoice not found"}""", status);

        var error = await Assert.ThrowsAsync<NotFoundException>(
            () => Ledger.GetInvoiceAsync(ScopeFor(Portal), new InvoiceNumber("INV-9"), CancellationToken.None));

        Assert.Equal("invoice", error.What);
    }

    [Theory]
    [InlineData("\"\"")]
    [InlineData("null")]
    [InlineData("{}")]
    public async Task A_line_without_a_description_has_none_a_null_line_is_left_out_and_the_invoice_still_opens(string description)
    {
        var json = InvoiceJson
            .Replace("\"Loyalty discount\"", description, StringComparison.Ordinal)
            .Replace("\"lines\": [", "\"lines\": [null, ", StringComparison.Ordinal);
        Platform.OnJson("billing/invoices/INV-000123/", $$$"""{"success": true, "invoice": {{{json}}}}""");

        var invoice = await Ledger.GetInvoiceAsync(ScopeFor(Portal), new InvoiceNumber("INV-000123"), CancellationToken.None);

        Assert.Equal(["Hosting Pro", null], invoice.Lines.Select(line => line.Description));
        Assert.Equal(InvoiceLineKind.Discount, invoice.Lines[1].Kind);
    }

    /// <summary>
    /// A line without a quantity is one of it and without a tax rate untaxed; one whose quantity or rate is no number is not
    /// taken for those, which would show figures the Platform did not send: the answer is malformed.
    /// </summary>
    [Theory]
    [InlineData("\"quantity\": \"1.500\"", "\"quantity\": \"1,5\"")]
    [InlineData("\"tax_rate\": \"0.2100\"", "\"tax_rate\": \"21%\"")]
    public async Task A_lines_quantity_or_tax_rate_that_is_no_number_is_malformed_never_read_as_one_or_untaxed(string given, string unreadable)
    {
        Platform.OnJson("billing/invoices/INV-000123/", $$$"""{"success": true, "invoice": {{{InvoiceJson.Replace(given, unreadable, StringComparison.Ordinal)}}}}""");

        var error = await Assert.ThrowsAsync<BackendUnavailableException>(
            () => Ledger.GetInvoiceAsync(ScopeFor(Portal), new InvoiceNumber("INV-000123"), CancellationToken.None));

        Assert.Contains("malformed answer", error.Message, StringComparison.Ordinal);
    }

    /// <summary>An addressee sent as anything but an object is no addressee: the invoice still opens.</summary>
    [Theory]
    [InlineData("\"Lima Dental SRL, Str. Exemplu 1\"")]
    [InlineData("[]")]
    [InlineData("false")]
    public async Task A_bill_to_that_is_no_object_is_none_and_the_invoice_still_opens(string billTo)
    {
        var json = InvoiceJson.Replace(
            "{\"name\": \"Lima Dental SRL\", \"tax_id\": \"RO123456\", \"email\": \"billing@lima.example\", \"address\": \"Str. Exemplu 1, Bucharest, 010101, Romania\"}",
            billTo,
            StringComparison.Ordinal);
        Platform.OnJson("billing/invoices/INV-000123/", $$$"""{"success": true, "invoice": {{{json}}}}""");

        var invoice = await Ledger.GetInvoiceAsync(ScopeFor(Portal), new InvoiceNumber("INV-000123"), CancellationToken.None);

        Assert.Null(invoice.BillTo);
        Assert.Equal(2, invoice.Lines.Count);
    }

    [Fact]
    public async Task An_invoice_without_its_amounts_is_malformed()
    {
        Platform.OnJson("billing/invoices/INV-000123/", $$$"""{"success": true, "invoice": {"number": "INV-000123", "currency": {{{Ron}}}}}""");

        var error = await Assert.ThrowsAsync<BackendUnavailableException>(
            () => Ledger.GetInvoiceAsync(ScopeFor(Portal), new InvoiceNumber("INV-000123"), CancellationToken.None));

        Assert.Equal("billing", error.Area);
        Assert.IsType<FormatException>(error.InnerException);
    }

    [Theory]
    [InlineData("draft", ProformaStatus.Draft)]
    [InlineData("sent", ProformaStatus.Sent)]
    [InlineData("accepted", ProformaStatus.Accepted)]
    [InlineData("expired", ProformaStatus.Expired)]
    [InlineData("converted", ProformaStatus.Converted)]
    [InlineData("on_hold", ProformaStatus.Unknown)]
    public async Task Proformas_without_invoice_dates_or_amount_due_map_every_status(string code, ProformaStatus expected)
    {
        var proformaJson = $$$"""
            {"id": 3, "number": "PRO-000003", "status": "{{{code}}}", "subtotal_cents": 4000, "tax_cents": 840, "total_cents": 4840,
             "currency": {{{Ron}}}, "valid_until": "2026-12-01T23:59:59+02:00", "created_at": "2026-11-01T12:00:00+02:00",
             "lines": [{"description": "VPS M", "kind": "service", "quantity": "1.000", "unit_price_cents": 4000, "tax_rate": "0.2100",
                        "line_total_cents": 4000, "unit_price": "40.00", "line_total": "40.00", "domain_name": "", "period_start": null,
                        "period_end": null, "unit_code": "C62", "seller_item_id": "", "note": ""}],
             "subtotal": "40.00", "tax_amount": "8.40", "total": "48.40", "is_expired": false,
             "bill_to": {"name": "Lima Dental SRL", "tax_id": "", "email": "", "address": ""}, "pdf_url": "", "notes": "Pay by transfer.", "meta": {}}
            """;
        Platform.OnJson("billing/proformas/", $$$"""
            {"success": true, "proformas": [{{{proformaJson}}}], "pagination": {"current_page": 1, "total_pages": 1, "total_items": 1, "has_next": false, "has_previous": false, "limit": 10}}
            """);
        Platform.OnJson("billing/proformas/PRO-000003/", $$$"""{"success": true, "proforma": {{{proformaJson}}}}""");

        var page = await Ledger.ListProformasAsync(ScopeFor(Portal), new PageRequest(1, 10), CancellationToken.None);
        var proforma = await Ledger.GetProformaAsync(ScopeFor(Portal), new ProformaNumber("PRO-000003"), CancellationToken.None);

        var listed = Assert.Single(page.Items);
        Assert.Equal((expected, code, new DateOnly(2026, 12, 1), false), (listed.Status, listed.StatusCode, listed.ValidUntil, listed.IsExpired));
        Assert.Equal("Pay by transfer.", proforma.Notes);
        Assert.Equal((new Money(840, "RON"), 2100), (proforma.Tax, proforma.Lines[0].TaxRateBasisPoints));
        Assert.Equal(("Lima Dental SRL", null, null), (proforma.BillTo!.Name, proforma.BillTo.TaxId, proforma.BillTo.Email));
        Assert.Empty(proforma.BillTo.AddressLines);
        AssertScopedPost(Platform.Requests[0], "/api/billing/proformas/");
        AssertScopedPost(Platform.Requests[1], "/api/billing/proformas/PRO-000003/");
    }

    [Fact]
    public async Task Malformed_billing_json_is_unavailable_with_the_parse_error_inside()
    {
        Platform.OnJson("billing/summary/", """{"success": true, "summary": {"total_invoices": 3,""");

        var error = await Assert.ThrowsAsync<BackendUnavailableException>(
            () => Ledger.GetSummaryAsync(ScopeFor(Portal), CancellationToken.None));

        Assert.Equal("billing", error.Area);
        Assert.Equal("The billing service is unavailable right now (malformed answer).", error.Message);
        Assert.IsType<JsonException>(error.InnerException);
    }
}
