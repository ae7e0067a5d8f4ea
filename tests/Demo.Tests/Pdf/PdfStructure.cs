using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Portal.Demo.Tests.Pdf;

/// <summary>Checks what makes a PDF 1.4 file readable: header, every xref offset on its object, startxref on the table, %%EOF.</summary>
internal static partial class PdfStructure
{
    public static void AssertWellFormed(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        Assert.StartsWith("%PDF-1.4\n", text, StringComparison.Ordinal);
        Assert.EndsWith("%%EOF\n", text, StringComparison.Ordinal);

        var startXref = StartXref().Match(text);
        Assert.True(startXref.Success, "no startxref");
        var xrefOffset = int.Parse(startXref.Groups[1].Value, CultureInfo.InvariantCulture);
        Assert.Equal("xref\n", text.Substring(xrefOffset, 5));

        var header = XrefHeader().Match(text, xrefOffset);
        Assert.True(header.Success, "no xref subsection header");
        var count = int.Parse(header.Groups[1].Value, CultureInfo.InvariantCulture);
        var entriesStart = header.Index + header.Length;
        Assert.Equal("0000000000 65535 f \n", text.Substring(entriesStart, 20));
        for (var number = 1; number < count; number++)
        {
            var entry = text.Substring(entriesStart + (number * 20), 20);
            Assert.Matches(@"^\d{10} 00000 n \n$", entry);
            var offset = int.Parse(entry[..10], CultureInfo.InvariantCulture);
            Assert.StartsWith($"{number} 0 obj", text[offset..], StringComparison.Ordinal);
        }

        Assert.Contains($"/Size {count}", text, StringComparison.Ordinal);
        Assert.Contains("/Root 1 0 R", text, StringComparison.Ordinal);
        Assert.Contains("/Type /Catalog", text, StringComparison.Ordinal);
        Assert.Contains("/BaseFont /Helvetica", text, StringComparison.Ordinal);

        var stream = StreamLength().Match(text);
        Assert.True(stream.Success, "no content stream");
        var length = int.Parse(stream.Groups[1].Value, CultureInfo.InvariantCulture);
        var dataStart = stream.Index + stream.Length;
        Assert.Equal("\nendstream", text.Substring(dataStart + length, 10));
    }

    [GeneratedRegex(@"startxref\n(\d+)\n%%EOF\n$")]
    private static partial Regex StartXref();

    [GeneratedRegex(@"\Gxref\n0 (\d+)\n")]
    private static partial Regex XrefHeader();

    [GeneratedRegex(@"<< /Length (\d+) >>\nstream\n")]
    private static partial Regex StreamLength();
}
