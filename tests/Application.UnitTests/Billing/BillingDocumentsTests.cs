using Portal.Application.Billing.Queries.GetProformaPdf;
using Portal.Application.Billing.Queries.ListBillingDocuments;
using Portal.Application.Common.Exceptions;
using Portal.Domain.Billing;
using Portal.Domain.Common;
using Portal.Testing.Fakes;

namespace Portal.Application.UnitTests.Billing;

/// <summary>The documents list and the proforma PDF: validators, handlers and the pipeline.</summary>
public sealed class BillingDocumentsTests
{
    [Theory]
    [InlineData(null, null, true)]
    [InlineData("all", null, true)]
    [InlineData("ALL", "paid", true)]
    [InlineData("", "sent", true)]
    [InlineData("invoice", "overdue", true)]
    [InlineData("invoice", "sent", false)]
    [InlineData("proforma", "converted", true)]
    [InlineData("proforma", "paid", false)]
    [InlineData("all", "shipped", false)]
    [InlineData("receipt", null, false)]
    public void The_status_must_be_one_the_chosen_type_has(string? type, string? status, bool valid)
    {
        var result = new ListBillingDocumentsQueryValidator().Validate(new ListBillingDocumentsQuery(BillingSamples.Access, type, status, null));

        Assert.Equal(valid, result.IsValid);
    }

    [Fact]
    public void A_status_of_the_wrong_type_is_named_with_the_types_statuses()
    {
        var result = new ListBillingDocumentsQueryValidator().Validate(new ListBillingDocumentsQuery(BillingSamples.Access, "proforma", "paid", null));

        var error = Assert.Single(result.Errors);
        Assert.Equal(nameof(ListBillingDocumentsQuery.Status), error.PropertyName);
        Assert.Equal("Status must be one of: draft, sent, accepted, expired, converted.", error.ErrorMessage);
    }

    [Theory]
    [InlineData(200, true)]
    [InlineData(201, false)]
    public void A_search_is_at_most_200_characters(int length, bool valid)
    {
        var result = new ListBillingDocumentsQueryValidator().Validate(
            new ListBillingDocumentsQuery(BillingSamples.Access, null, null, new string('x', length)));

        Assert.Equal(valid, result.IsValid);
    }

    [Theory]
    [InlineData("INV\0")]
    [InlineData("INV\t1")]
    public void A_search_with_a_control_character_is_refused_beside_the_search_field(string search) =>
        Assert.Equal(
            "Search must be one line, without tabs or other control characters.",
            Assert.Single(new ListBillingDocumentsQueryValidator().Validate(
                new ListBillingDocumentsQuery(BillingSamples.Access, null, null, search)).Errors).ErrorMessage);

    [Theory]
    [InlineData(null, null, null, null, null, null)]
    [InlineData("all", " ", "  ", null, null, null)]
    [InlineData(" Invoice ", " PAID ", " INV-1 ", BillingDocumentType.Invoice, "paid", "INV-1")]
    [InlineData("proforma", "sent", "acme", BillingDocumentType.Proforma, "sent", "acme")]
    public async Task The_handler_passes_trimmed_criteria_and_blank_ones_do_not_filter(
        string? type, string? status, string? search, BillingDocumentType? expectedType, string? expectedStatus, string? expectedSearch)
    {
        var ledger = new FakeBillingLedger();

        await new ListBillingDocumentsQueryHandler(ledger).Handle(new ListBillingDocumentsQuery(BillingSamples.Access, type, status, search, 3, 50), default);

        Assert.Equal(new BillingDocumentFilter(expectedType, expectedStatus, expectedSearch), ledger.LastDocumentFilter);
        Assert.Equal(new PageRequest(3, 50), ledger.LastPage);
    }

    [Fact]
    public async Task A_bad_filter_is_refused_by_the_pipeline_before_the_ledger_is_asked()
    {
        var pipeline = new TestPipeline();

        var error = await Assert.ThrowsAsync<RequestValidationException>(
            () => pipeline.Mediator.Send(new ListBillingDocumentsQuery(BillingSamples.Access, "invoice", "sent", null)));

        Assert.Equal([nameof(ListBillingDocumentsQuery.Status)], error.Errors.Keys);
        Assert.Equal(0, pipeline.Billing.Calls);
    }

    [Fact]
    public async Task The_proforma_pdf_is_opened_by_its_number()
    {
        var pipeline = new TestPipeline();
        pipeline.Billing.AddPdf(new ProformaNumber("PRO-7"), [1, 2, 3]);

        await using var pdf = await pipeline.Mediator.Send(new GetProformaPdfQuery(BillingSamples.Access, "PRO-7"));

        Assert.Equal("PRO-7.pdf", pdf.FileName);
        Assert.Equal(3, pdf.Length);
    }

    [Theory]
    [InlineData("")]
    [InlineData("../etc")]
    [InlineData("PRO 1")]
    public async Task A_proforma_number_that_is_not_an_identifier_is_refused(string number)
    {
        var pipeline = new TestPipeline();

        await Assert.ThrowsAsync<RequestValidationException>(() => pipeline.Mediator.Send(new GetProformaPdfQuery(BillingSamples.Access, number)));
        Assert.Equal(0, pipeline.Billing.Calls);
    }
}
