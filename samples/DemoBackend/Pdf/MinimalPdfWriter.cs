using System.Globalization;
using System.Text;

namespace Portal.Demo.Backend.Pdf;

/// <summary>
/// Writes a one-page PDF 1.4 of text lines: catalog, pages, page, the standard Helvetica fonts, one content stream and an
/// info dictionary, with a cross-reference table of exact byte offsets. Text is WinAnsi (Latin-1 here); other characters
/// print as '?'.
/// </summary>
internal static class MinimalPdfWriter
{
    public const double A4Width = 595;
    public const double A4Height = 842;

    private static readonly Encoding Latin1 = Encoding.Latin1;

    public static byte[] Write(string title, IReadOnlyList<PdfTextLine> lines)
    {
        var content = Latin1.GetBytes(ContentStream(lines));
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            Invariant($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {A4Width} {A4Height}] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>"),
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
            string.Empty, // the content stream, written below with its exact length
            $"<< /Title ({Escape(title)}) /Producer (Portal demo backend) >>",
        ];

        using var pdf = new MemoryStream();
        // The second line's high bytes tell transfer tools the file is binary.
        Append(pdf, "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n");
        var offsets = new long[objects.Length];
        for (var index = 0; index < objects.Length; index++)
        {
            offsets[index] = pdf.Position;
            var number = index + 1;
            if (number == 6)
            {
                Append(pdf, Invariant($"6 0 obj\n<< /Length {content.Length} >>\nstream\n"));
                pdf.Write(content);
                Append(pdf, "\nendstream\nendobj\n");
            }
            else
            {
                Append(pdf, Invariant($"{number} 0 obj\n{objects[index]}\nendobj\n"));
            }
        }

        var xrefOffset = pdf.Position;
        var xref = new StringBuilder();
        xref.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n");
        // Every entry is exactly 20 bytes: 10-digit offset, 5-digit generation, type, space and newline.
        xref.Append("0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            xref.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        xref.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R /Info 7 0 R >>\nstartxref\n{xrefOffset}\n%%EOF\n");
        Append(pdf, xref.ToString());
        return pdf.ToArray();
    }

    /// <summary>Escapes a PDF literal string and keeps it to what WinAnsi can show.</summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\\' or '(' or ')':
                    escaped.Append('\\').Append(c);
                    break;
                case < ' ':
                    escaped.Append(' ');
                    break;
                case > '\u00ff':
                    escaped.Append('?');
                    break;
                default:
                    escaped.Append(c);
                    break;
            }
        }

        return escaped.ToString();
    }

    private static string ContentStream(IReadOnlyList<PdfTextLine> lines)
    {
        var stream = new StringBuilder();
        foreach (var line in lines)
        {
            stream.Append(CultureInfo.InvariantCulture, $"BT /{(line.Bold ? "F2" : "F1")} {line.Size:0.##} Tf {line.X:0.##} {line.Y:0.##} Td ({Escape(line.Text)}) Tj ET\n");
        }

        return stream.ToString();
    }

    private static void Append(MemoryStream pdf, string text) => pdf.Write(Latin1.GetBytes(text));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
