using Portal.Application.Billing.Queries.GetBillingSummary;
using Portal.Application.Billing.Queries.GetInvoice;
using Portal.Application.Billing.Queries.GetInvoicePdf;
using Portal.Application.Billing.Queries.GetProforma;
using Portal.Application.Billing.Queries.ListInvoices;
using Portal.Application.Billing.Queries.ListProformas;
using Portal.Application.Common.Exceptions;
using Portal.Testing.Fakes;
using Portal.Domain.Billing;
using Portal.Domain.Common;

namespace Portal.Application.UnitTests.Billing;

public sealed class BillingHandlerTests
{
    private readonly FakeBillingLedger ledger = new();

    [Theory]
    [InlineData("overdue", InvoiceStatus.Overdue)]
    [InlineData("PAID", InvoiceStatus.Paid)]
    [InlineData(" draft ", InvoiceStatus.Draft)]
    [InlineData("Void", InvoiceStatus.Void)]
    public async Task Listing_invoices_passes_the_status_code_as_a_domain_filter(string code, InvoiceStatus expected)
    {
        await new ListInvoicesQueryHandler(ledger).Handle(new ListInvoicesQuery(BillingSamples.Access, code, 1, 25), default);

        Assert.Equal(new InvoiceFilter(expected), ledger.LastInvoiceFilter);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public async Task A_blank_status_lists_every_invoice(string? code)
    {
        ledger.Add(BillingSamples.Invoice("INV-1", InvoiceStatus.Paid));
        ledger.Add(BillingSamples.Invoice("INV-2", InvoiceStatus.Overdue));

        var page = await new ListInvoicesQueryHandler(ledger).Handle(new ListInvoicesQuery(BillingSamples.Access, code), default);

        Assert.Null(ledger.LastInvoiceFilter!.Status);
        Assert.Equal(2, page.TotalItems);
    }

    [Fact]
    public async Task Listing_invoices_asks_for_the_requested_page_on_behalf_of_the_caller()
    {
        using var cancellation = new CancellationTokenSource();

        await new ListInvoicesQueryHandler(ledger).Handle(
            new ListInvoicesQuery(BillingSamples.Access, null, 3, 10), cancellation.Token);

        Assert.Equal(new PageRequest(3, 10), ledger.LastPage);
        Assert.Equal(BillingSamples.Access.ToScope(), ledger.LastScope);
        Assert.Equal(cancellation.Token, ledger.LastCancellationToken);
    }

    [Fact]
    public async Task An_invoice_is_fetched_by_its_number()
    {
        var invoice = BillingSamples.InvoiceWithLines("INV-2026-0001");
        ledger.Add(invoice);

        var found = await new GetInvoiceQueryHandler(ledger).Handle(new GetInvoiceQuery(BillingSamples.Access, "INV-2026-0001"), default);

        Assert.Same(invoice, found);
    }

    [Fact]
    public async Task An_unknown_invoice_is_not_found()
    {
        var handler = new GetInvoiceQueryHandler(ledger);

        await Assert.ThrowsAsync<NotFoundException>(() => handler.Handle(new GetInvoiceQuery(BillingSamples.Access, "INV-404"), default));
    }

    [Fact]
    public async Task The_invoice_pdf_arrives_as_an_open_stream()
    {
        ledger.AddPdf(new InvoiceNumber("INV-7"), [0x25, 0x50, 0x44, 0x46]);

        await using var document = await new GetInvoicePdfQueryHandler(ledger).Handle(
            new GetInvoicePdfQuery(BillingSamples.Access, "INV-7"), default);
        using var copy = new MemoryStream();
        await document.Content.CopyToAsync(copy);

        Assert.Equal("INV-7.pdf", document.FileName);
        Assert.Equal(4, document.Length);
        Assert.Equal([0x25, 0x50, 0x44, 0x46], copy.ToArray());
    }

    [Fact]
    public async Task Listing_proformas_asks_for_the_requested_page()
    {
        await new ListProformasQueryHandler(ledger).Handle(new ListProformasQuery(BillingSamples.Access, 2, 50), default);

        Assert.Equal(new PageRequest(2, 50), ledger.LastPage);
    }

    [Fact]
    public async Task A_proforma_is_fetched_by_its_number()
    {
        var summary = new ProformaSummary(
            new ProformaNumber("PRO-1"), ProformaStatus.Sent, new Money(500, "RON"), null, DateTimeOffset.UnixEpoch, false);
        var proforma = new Proforma(summary, new Money(420, "RON"), new Money(80, "RON"), [], null, "Pay by bank transfer.");
        ledger.Add(proforma);

        var found = await new GetProformaQueryHandler(ledger).Handle(new GetProformaQuery(BillingSamples.Access, "PRO-1"), default);

        Assert.Same(proforma, found);
    }

    [Fact]
    public async Task A_list_paged_larger_than_asked_shows_the_newest_five_and_tells_the_currency_from_all_it_read()
    {
        ledger.Summary = new BillingSummary(6, 0, 6, 0, 0) { IssuedAndOverdueTotal = new Money(24_200, "RON") };
        ledger.OwnInvoicePageSize = 20;
        foreach (var number in new[] { "INV-1", "INV-2", "INV-3", "INV-4", "INV-5", "INV-6" })
        {
            ledger.Add(BillingSamples.Invoice(number));
        }

        var view = await new GetBillingSummaryQueryHandler(ledger).Handle(new GetBillingSummaryQuery(BillingSamples.Access), default);

        Assert.Equal(["INV-1", "INV-2", "INV-3", "INV-4", "INV-5"], view.LatestInvoices.Select(invoice => invoice.Number.Value));
        Assert.True(view.Summary.TotalCurrencyConfirmed);
    }

    /// <summary>
    /// An invoice list the Platform gave no total of may go on beyond what it sent: those invoices do not confirm the
    /// total's currency, even when they seem to be all of them.
    /// </summary>
    [Fact]
    public async Task A_list_whose_total_is_unknown_does_not_confirm_the_currency()
    {
        ledger.Summary = new BillingSummary(6, 0, 6, 0, 0) { IssuedAndOverdueTotal = new Money(24_200, "RON") };
        ledger.OwnInvoicePageSize = 20;
        ledger.Counted = ListCounted.Nothing;
        foreach (var number in new[] { "INV-1", "INV-2", "INV-3", "INV-4", "INV-5", "INV-6" })
        {
            ledger.Add(BillingSamples.Invoice(number));
        }

        var view = await new GetBillingSummaryQueryHandler(ledger).Handle(new GetBillingSummaryQuery(BillingSamples.Access), default);

        Assert.Equal(5, view.LatestInvoices.Count);
        Assert.False(view.Summary.TotalCurrencyConfirmed);
    }

    /// <summary>
    /// The Platform lists invoices newest first by the creation time it holds; Portal does not order them again, so one whose
    /// time could not be read keeps its place among the newest rather than being put last or dropped.
    /// </summary>
    [Fact]
    public async Task The_newest_five_are_the_Platforms_first_an_undated_invoice_in_its_place()
    {
        ledger.Summary = new BillingSummary(6, 0, 6, 0, 0) { IssuedAndOverdueTotal = new Money(24_200, "RON") };
        ledger.OwnInvoicePageSize = 20;
        var newest = new DateTimeOffset(2026, 11, 6, 9, 0, 0, TimeSpan.Zero);
        foreach (var (number, daysBefore) in new[] { ("INV-6", 0), ("INV-5", 1), ("INV-4", -1), ("INV-3", 3), ("INV-2", 4), ("INV-1", 5) })
        {
            var sample = BillingSamples.Invoice(number);
            ledger.Add(new InvoiceSummary(
                sample.Number, sample.Status, sample.Total, sample.DueDate, daysBefore < 0 ? null : newest.AddDays(-daysBefore), sample.IsOverdue, sample.AmountDue));
        }

        var view = await new GetBillingSummaryQueryHandler(ledger).Handle(new GetBillingSummaryQuery(BillingSamples.Access), default);

        Assert.Equal(["INV-6", "INV-5", "INV-4", "INV-3", "INV-2"], view.LatestInvoices.Select(invoice => invoice.Number.Value));
        Assert.Null(view.LatestInvoices[2].CreatedAt);
    }

    [Fact]
    public async Task The_billing_summary_is_the_ledgers_with_the_newest_invoices_from_the_list_naming_the_totals_currency()
    {
        ledger.Summary = new BillingSummary(5, 1, 2, 1, 1) { IssuedAndOverdueTotal = new Money(24_200, "RON") };
        foreach (var number in new[] { "INV-1", "INV-2", "INV-3", "INV-4", "INV-5", "INV-6" })
        {
            ledger.Add(BillingSamples.Invoice(number));
        }

        var view = await new GetBillingSummaryQueryHandler(ledger).Handle(new GetBillingSummaryQuery(BillingSamples.Access), default);

        Assert.Equal((5, 1, 2, 1, 1), (view.Summary.TotalInvoices, view.Summary.DraftInvoices, view.Summary.IssuedInvoices, view.Summary.OverdueInvoices, view.Summary.PaidInvoices));
        Assert.Equal(["INV-1", "INV-2", "INV-3", "INV-4", "INV-5"], view.LatestInvoices.Select(invoice => invoice.Number.Value));
        Assert.Equal(new PageRequest(1, 5), ledger.LastPage);
        Assert.Equal(new Money(24_200, BillingSamples.Invoice("INV-1").Total.Currency), view.Summary.IssuedAndOverdueTotal);
        Assert.False(view.Summary.TotalCurrencyConfirmed);
        Assert.Equal(BillingSamples.Access.ToScope(), ledger.LastScope);
    }
}
