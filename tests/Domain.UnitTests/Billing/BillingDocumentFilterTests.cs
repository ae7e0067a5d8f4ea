using Portal.Domain.Billing;

namespace Portal.Domain.UnitTests.Billing;

public sealed class BillingDocumentFilterTests
{
    [Fact]
    public void A_search_of_up_to_200_characters_and_a_status_code_filter()
    {
        var filter = new BillingDocumentFilter(BillingDocumentType.Invoice, "partially_refunded", new string('x', 200));

        Assert.Equal((BillingDocumentType.Invoice, "partially_refunded", 200), (filter.Type, filter.Status, filter.Search!.Length));
    }

    [Theory]
    [InlineData(null, "")]
    [InlineData(null, "   ")]
    [InlineData("paid now", null)]
    [InlineData("", null)]
    public void A_blank_search_or_a_status_that_is_not_a_code_is_refused(string? status, string? search) =>
        Assert.ThrowsAny<ArgumentException>(() => new BillingDocumentFilter(null, status, search));

    [Fact]
    public void A_search_over_200_characters_is_refused() =>
        Assert.Throws<ArgumentException>(() => new BillingDocumentFilter(null, null, new string('x', 201)));

    [Fact]
    public void A_type_outside_the_two_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new BillingDocumentFilter((BillingDocumentType)9, null, null));

    [Fact]
    public void A_document_is_of_the_kind_it_was_made_from()
    {
        var proforma = new ProformaSummary(
            new ProformaNumber("PRO-1"), ProformaStatus.Sent, new Portal.Domain.Common.Money(100, "RON"), null, DateTimeOffset.UnixEpoch, false);

        var document = BillingDocument.Of(proforma);

        Assert.Equal((BillingDocumentType.Proforma, proforma, (InvoiceSummary?)null), (document.Type, document.Proforma, document.Invoice));
    }
}
