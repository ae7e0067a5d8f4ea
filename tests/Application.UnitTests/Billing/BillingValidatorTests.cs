using Portal.Application.Billing.Queries.GetInvoice;
using Portal.Application.Billing.Queries.GetInvoicePdf;
using Portal.Application.Billing.Queries.GetProforma;
using Portal.Application.Billing.Queries.ListInvoices;
using Portal.Application.Billing.Queries.ListProformas;
using Portal.Application.UnitTests.Common;

namespace Portal.Application.UnitTests.Billing;

public sealed class BillingValidatorTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("draft")]
    [InlineData("issued")]
    [InlineData("paid")]
    [InlineData("OVERDUE")]
    [InlineData("void")]
    [InlineData("refunded")]
    public void Known_or_blank_invoice_statuses_are_accepted(string? status) =>
        Assert.True(new ListInvoicesQueryValidator().Validate(new ListInvoicesQuery(BillingSamples.Access, status)).IsValid);

    [Theory]
    [InlineData("unknown")]
    [InlineData("late")]
    [InlineData("1")]
    [InlineData("over due")]
    [InlineData("partially_refunded")]
    [InlineData("cancelled")]
    public void Unknown_invoice_statuses_are_refused_with_the_list_of_good_ones(string status)
    {
        var result = new ListInvoicesQueryValidator().Validate(new ListInvoicesQuery(BillingSamples.Access, status));

        var error = Assert.Single(result.Errors);
        Assert.Equal(nameof(ListInvoicesQuery.Status), error.PropertyName);
        Assert.Equal("Status must be one of: draft, issued, paid, overdue, void, refunded.", error.ErrorMessage);
    }

    [Theory]
    [MemberData(nameof(ValidatorCases.PagingLimits), MemberType = typeof(ValidatorCases))]
    public void Invoice_and_proforma_paging_stays_within_limits(int page, int size, bool valid)
    {
        Assert.Equal(valid, new ListInvoicesQueryValidator().Validate(new ListInvoicesQuery(BillingSamples.Access, null, page, size)).IsValid);
        Assert.Equal(valid, new ListProformasQueryValidator().Validate(new ListProformasQuery(BillingSamples.Access, page, size)).IsValid);
    }

    [Theory]
    [MemberData(nameof(ValidatorCases.Identifiers), "INV-2026-0001", "inv_7", MemberType = typeof(ValidatorCases))]
    public void Document_numbers_must_be_identifiers(string number, bool valid)
    {
        Assert.Equal(valid, new GetInvoiceQueryValidator().Validate(new GetInvoiceQuery(BillingSamples.Access, number)).IsValid);
        Assert.Equal(valid, new GetInvoicePdfQueryValidator().Validate(new GetInvoicePdfQuery(BillingSamples.Access, number)).IsValid);
        Assert.Equal(valid, new GetProformaQueryValidator().Validate(new GetProformaQuery(BillingSamples.Access, number)).IsValid);
    }

    [Fact]
    public void A_number_longer_than_64_characters_is_refused()
    {
        Assert.True(new GetInvoiceQueryValidator().Validate(new GetInvoiceQuery(BillingSamples.Access, new string('9', 64))).IsValid);
        Assert.False(new GetInvoiceQueryValidator().Validate(new GetInvoiceQuery(BillingSamples.Access, new string('9', 65))).IsValid);
    }
}
