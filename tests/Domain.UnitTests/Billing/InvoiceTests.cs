using System.Globalization;
using Portal.Domain.Billing;
using Portal.Domain.Common;

namespace Portal.Domain.UnitTests.Billing;

public sealed class InvoiceTests
{
    private static readonly DateTimeOffset Created = new(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void An_invoice_in_one_currency_is_accepted()
    {
        var invoice = Invoice("EUR", [Line("EUR")]);

        Assert.Equal("EUR", invoice.Currency);
        Assert.Equal(new InvoiceNumber("INV-2026-0001"), invoice.Number);
    }

    [Fact]
    public void A_line_total_in_another_currency_than_the_invoice_is_refused()
    {
        var line = new InvoiceLine("Hosting", 1m, new Money(100, "USD"), 0, new Money(100, "USD"));

        var error = Assert.Throws<ArgumentException>(() => Invoice("EUR", [line]));

        Assert.Equal("lines", error.ParamName);
    }

    [Fact]
    public void A_tax_in_another_currency_than_the_invoice_is_refused() =>
        Assert.Throws<ArgumentException>(() => new Invoice(
            Summary("EUR"), new Money(100, "EUR"), new Money(21, "RON"), null, null, [], null));

    [Fact]
    public void An_amount_due_in_another_currency_than_the_total_is_refused() =>
        Assert.Throws<ArgumentException>(() => new InvoiceSummary(
            new InvoiceNumber("INV-1"), InvoiceStatus.Issued, new Money(100, "EUR"), null, Created, false, new Money(100, "USD")));

    [Fact]
    public void An_invoice_whose_amount_due_the_platform_did_not_say_keeps_its_status_code()
    {
        var invoice = new InvoiceSummary(
            new InvoiceNumber("INV-1"), InvoiceStatus.Unknown, new Money(100, "RON"), null, DateTimeOffset.UnixEpoch, false, null)
        {
            StatusCode = "pending_review",
        };

        Assert.Null(invoice.AmountDue);
        Assert.Equal("pending_review", invoice.StatusCode);
    }

    [Fact]
    public void A_line_whose_total_and_unit_price_disagree_on_currency_is_refused() =>
        Assert.Throws<ArgumentException>(() => new InvoiceLine("Hosting", 1m, new Money(100, "EUR"), 0, new Money(100, "USD")));

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("-0.5")]
    public void A_credit_lines_quantity_is_taken_as_the_platform_sends_it(string quantity)
    {
        var line = new InvoiceLine("Refund", decimal.Parse(quantity, CultureInfo.InvariantCulture), new Money(100, "EUR"), 0, new Money(0, "EUR"))
        {
            Kind = InvoiceLineKind.Refund,
        };

        Assert.Equal(decimal.Parse(quantity, CultureInfo.InvariantCulture), line.Quantity);
    }

    [Fact]
    public void Fractional_quantities_are_kept_exactly()
    {
        var line = new InvoiceLine("Support hours", 1.25m, new Money(8_000, "EUR"), 1_900, new Money(10_000, "EUR"));

        Assert.Equal(1.25m, line.Quantity);
        Assert.Equal(1_900, line.TaxRateBasisPoints);
    }

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    [InlineData(10_000, true)]
    [InlineData(10_001, false)]
    public void Tax_rates_are_0_to_100_percent_in_basis_points(int basisPoints, bool valid)
    {
        var build = () => new InvoiceLine("Hosting", 1m, new Money(100, "EUR"), basisPoints, new Money(100, "EUR"));

        if (valid)
        {
            Assert.Equal(basisPoints, build().TaxRateBasisPoints);
        }
        else
        {
            Assert.Throws<ArgumentOutOfRangeException>(build);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_lines_description_is_given_or_absent_never_blank(string description)
    {
        Assert.ThrowsAny<ArgumentException>(() => new InvoiceLine(description, 1m, new Money(100, "EUR"), 0, new Money(100, "EUR")));
        Assert.Null(new InvoiceLine(null, 1m, new Money(100, "EUR"), 0, new Money(100, "EUR")).Description);
    }

    [Theory]
    [InlineData("INV-2026-0001")]
    [InlineData("inv_1")]
    public void Invoice_numbers_keep_their_value(string number) =>
        Assert.Equal(number, new InvoiceNumber(number).ToString());

    [Theory]
    [InlineData("")]
    [InlineData("INV/2026/1")]
    [InlineData("INV 1")]
    public void Malformed_invoice_numbers_are_refused(string number) =>
        Assert.Throws<ArgumentException>(() => new InvoiceNumber(number));

    [Fact]
    public void A_proforma_line_in_another_currency_is_refused()
    {
        var summary = new ProformaSummary(new ProformaNumber("PRO-1"), ProformaStatus.Sent, new Money(100, "RON"), null, Created, false);

        Assert.Throws<ArgumentException>(() => new Proforma(summary, new Money(100, "RON"), new Money(0, "RON"), [Line("EUR")], null, null));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Blank_proforma_notes_mean_no_notes(string? notes)
    {
        var summary = new ProformaSummary(new ProformaNumber("PRO-1"), ProformaStatus.Sent, new Money(100, "RON"), null, Created, false);

        Assert.Null(new Proforma(summary, new Money(100, "RON"), new Money(0, "RON"), [], null, notes).Notes);
    }

    [Fact]
    public void A_bill_to_needs_a_name_and_no_blank_address_lines()
    {
        Assert.ThrowsAny<ArgumentException>(() => new BillTo(" ", ["Str. Lunga 1"], null));
        Assert.Throws<ArgumentException>(() => new BillTo("Acme", ["Str. Lunga 1", " "], null));
        Assert.Throws<ArgumentException>(() => new BillTo("Acme", [], " "));
    }

    [Fact]
    public void Summary_counts_are_never_negative() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new BillingSummary(1, -1, 0, 0, 0));

    [Fact]
    public void The_summarys_total_takes_the_one_currency_the_invoices_name_confirmed_only_when_they_are_all_of_them_and_each_names_it()
    {
        var summary = new BillingSummary(2, 0, 2, 0, 0) { IssuedAndOverdueTotal = new Money(149_382, "RON") };
        InvoiceSummary[] inEuro = [Invoice("INV-1", "EUR"), Invoice("INV-2", "EUR")];

        Assert.Equal((new Money(149_382, "EUR"), true), Told(summary.InCurrencyOf(inEuro, allInvoices: true)));
        Assert.Equal((new Money(149_382, "EUR"), false), Told(summary.InCurrencyOf(inEuro, allInvoices: false)));
        Assert.Equal((null, false), Told(summary.InCurrencyOf([Invoice("INV-1", "EUR"), Invoice("INV-2", "RON")], allInvoices: true)));
        Assert.Equal((new Money(149_382, "RON"), true), Told(summary.InCurrencyOf([], allInvoices: true)));
        Assert.Equal((new Money(149_382, "EUR"), false), Told(summary.InCurrencyOf([Invoice("INV-1", "EUR"), Invoice("INV-2", Money.NoCurrency)], allInvoices: true)));
        Assert.Equal((new Money(149_382, "RON"), false), Told(summary.InCurrencyOf([Invoice("INV-1", Money.NoCurrency)], allInvoices: true)));

        static (Money?, bool) Told(BillingSummary summary) => (summary.IssuedAndOverdueTotal, summary.TotalCurrencyConfirmed);
        static InvoiceSummary Invoice(string number, string currency) =>
            new(new InvoiceNumber(number), InvoiceStatus.Issued, new Money(100, currency), null, DateTimeOffset.UnixEpoch, false, null);
    }

    [Fact]
    public void An_unknown_status_cannot_filter_invoices()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new InvoiceFilter(InvoiceStatus.Unknown));
        Assert.Throws<ArgumentOutOfRangeException>(() => new InvoiceFilter(InvoiceStatus.PartiallyRefunded));
        Assert.Equal(
            [InvoiceStatus.Draft, InvoiceStatus.Issued, InvoiceStatus.Paid, InvoiceStatus.Overdue, InvoiceStatus.Void, InvoiceStatus.Refunded],
            InvoiceFilter.FilterableStatuses);
        Assert.Throws<ArgumentOutOfRangeException>(() => new InvoiceFilter((InvoiceStatus)99));
        Assert.Null(InvoiceFilter.All.Status);
    }

    private static InvoiceLine Line(string currency) =>
        new("Hosting", 2m, new Money(5_000, currency), 2_100, new Money(10_000, currency));

    private static InvoiceSummary Summary(string currency) =>
        new(new InvoiceNumber("INV-2026-0001"), InvoiceStatus.Issued, new Money(12_100, currency), null, Created, false, new Money(12_100, currency));

    private static Invoice Invoice(string currency, IReadOnlyList<InvoiceLine> lines) =>
        new(Summary(currency), new Money(10_000, currency), new Money(2_100, currency), Created, null, lines, null);
}
