using Portal.Domain.Billing;

namespace Portal.Domain.UnitTests.Billing;

public sealed class BillingPdfTests
{
    [Theory]
    [InlineData("INV-2026-0001.pdf")]
    [InlineData("Invoice INV 1.pdf")]
    public void Plain_file_names_are_accepted(string fileName)
    {
        using var content = new MemoryStream();

        Assert.Equal(fileName, new BillingPdf(content, fileName, null).FileName);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("../secret.pdf")]
    [InlineData("a\\b.pdf")]
    [InlineData("a\"b.pdf")]
    [InlineData("a\r\nSet-Cookie: x.pdf")]
    [InlineData("factură.pdf")]
    [InlineData("..")]
    public void File_names_unsafe_for_a_header_or_a_disk_are_refused(string fileName)
    {
        using var content = new MemoryStream();

        Assert.Throws<ArgumentException>(() => new BillingPdf(content, fileName, null));
    }

    [Fact]
    public void A_negative_length_is_refused()
    {
        using var content = new MemoryStream();

        Assert.Throws<ArgumentOutOfRangeException>(() => new BillingPdf(content, "a.pdf", -1));
    }

    [Fact]
    public async Task Disposing_the_document_disposes_its_stream()
    {
        var content = new MemoryStream([1, 2, 3]);
        var document = new BillingPdf(content, "a.pdf", 3);

        await document.DisposeAsync();

        Assert.False(content.CanRead);
        Assert.Equal("application/pdf", document.ContentType);
    }
}
