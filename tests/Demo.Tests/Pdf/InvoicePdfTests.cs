using System.Net;
using System.Text;
using Portal.Demo.Backend.Pdf;
using Portal.Demo.Tests.Infrastructure;

namespace Portal.Demo.Tests.Pdf;

public sealed class InvoicePdfTests(PlatformHostFixture fixture) : IClassFixture<PlatformHostFixture>
{
    [Fact]
    public async Task Invoice_pdf_endpoint_serves_a_well_formed_pdf_of_that_invoice()
    {
        var (_, list) = await fixture.Client.PostAsync("billing/invoices/", PlatformClient.Dana, PlatformClient.Harbor);
        var number = list.GetProperty("invoices")[0].GetProperty("number").GetString()!;

        var (response, pdf) = await fixture.Client.PostRawAsync($"billing/invoices/{number}/pdf/", PlatformClient.Dana, PlatformClient.Harbor);

        using (response)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        }

        PdfStructure.AssertWellFormed(pdf);
        var text = Encoding.Latin1.GetString(pdf);
        Assert.Contains($"(Number: {number})", text, StringComparison.Ordinal);
        Assert.Contains("(Harbor Pediatrics PC)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Writer_escapes_parentheses_and_backslashes_and_keeps_the_structure()
    {
        var pdf = MinimalPdfWriter.Write("A (title)", [new PdfTextLine(50, 800, 12, @"O'Connor (paid) \ 100% — done")]);

        PdfStructure.AssertWellFormed(pdf);
        var text = Encoding.Latin1.GetString(pdf);
        Assert.Contains(@"(O'Connor \(paid\) \\ 100% ? done) Tj", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Structure_check_fails_when_an_offset_is_wrong()
    {
        var pdf = MinimalPdfWriter.Write("x", [new PdfTextLine(50, 800, 12, "text")]);
        var text = Encoding.Latin1.GetString(pdf);
        var broken = Encoding.Latin1.GetBytes(text.Replace("1 0 obj", "1 0 obk", StringComparison.Ordinal));

        Assert.ThrowsAny<Exception>(() => PdfStructure.AssertWellFormed(broken));
    }
}
