using Portal.Domain.Common;

namespace Portal.Domain.Billing;

/// <summary>
/// A billing document's PDF (an invoice or a proforma) as a stream straight from the Platform, so Web copies it to the browser without holding the whole
/// file in memory. Whoever receives it owns it and must dispose it.
/// </summary>
public sealed class BillingPdf : IStreamedFile
{
    public const string PdfContentType = "application/pdf";
    public const int MaxFileNameLength = 255;

    public BillingPdf(Stream content, string fileName, long? length)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (!IsSafeFileName(fileName))
        {
            throw new ArgumentException(
                $"A file name is 1 to {MaxFileNameLength} printable ASCII characters without path separators or quotes.",
                nameof(fileName));
        }

        if (length is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(length), length, "A length is never negative.");
        }

        Content = content;
        FileName = fileName;
        Length = length;
    }

    public Stream Content { get; }

    /// <summary>The name to offer the browser, for example "factura_INV-2026-0001.pdf"; safe to put in a Content-Disposition header.</summary>
    public string FileName { get; }

    public string ContentType => PdfContentType;

    /// <summary>The size in bytes when the Platform announced it; null when it streams without saying.</summary>
    public long? Length { get; }

    public ValueTask DisposeAsync() => Content.DisposeAsync();

    /// <summary>The name ends up in a response header and on the user's disk: printable ASCII without paths or quotes.</summary>
    public static bool IsSafeFileName(string? fileName) =>
        !string.IsNullOrWhiteSpace(fileName)
        && fileName.Length <= MaxFileNameLength
        && fileName.All(c => c is >= ' ' and < (char)127 and not '/' and not '\\' and not '"')
        && fileName is not "." and not "..";
}
