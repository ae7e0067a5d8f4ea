using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Portal.Web.Pages;

/// <summary>Previous/next links for a paged list, keeping the list's filters and sort order in the query string.</summary>
public sealed class Pager(
    string path,
    int number,
    int totalPages,
    IReadOnlyDictionary<string, string?> filters,
    string? sort = null,
    string? direction = null)
{
    public int Number { get; } = number;

    public int TotalPages { get; } = totalPages;

    /// <summary>The same list sorted another way.</summary>
    public Pager WithSort(string column, string order) => new(path, Number, TotalPages, filters, column, order);

    public string UrlFor(int page)
    {
        using var url = new StringWriter(CultureInfo.InvariantCulture);
        WriteUrl(url, NullHtmlEncoder.Default, page);
        return url.ToString();
    }

    /// <summary>
    /// <see cref="UrlFor"/> written straight into a page, each part through <paramref name="encoder"/> as Razor encodes an
    /// attribute's value: a list writes a few of these per page, and building each as a string first was a good part of its
    /// link cost.
    /// </summary>
    public void WriteUrl(TextWriter writer, HtmlEncoder encoder, int page)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(encoder);
        encoder.Encode(writer, path);
        var first = true;
        foreach (var (name, value) in filters)
        {
            WriteParameter(writer, encoder, name, value, ref first);
        }

        WriteParameter(writer, encoder, "sort", sort, ref first);
        WriteParameter(writer, encoder, "dir", direction, ref first);
        encoder.Encode(writer, first ? "?" : "&");
        encoder.Encode(writer, "page=");
        encoder.Encode(writer, page.ToString(CultureInfo.InvariantCulture));
    }

    private static void WriteParameter(TextWriter writer, HtmlEncoder encoder, string name, string? value, ref bool first)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        encoder.Encode(writer, first ? "?" : "&");
        first = false;
        encoder.Encode(writer, name);
        encoder.Encode(writer, "=");
        encoder.Encode(writer, Uri.EscapeDataString(value));
    }
}
