using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Portal.Web.Pages;

/// <summary>
/// Previous/next links for a paged list, keeping the list's filters and sort order in the query string. A list that is one
/// section of a page (a patient's claims) names its own page parameter, so that each section pages on its own, and a
/// fragment that brings the reader back to the section.
/// </summary>
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

    /// <summary>
    /// The list's page count is only the pages known to be there (its backend gave neither a total nor a page count): the
    /// pager says which page this is, not of how many.
    /// </summary>
    public bool PagesUnknown { get; init; }

    /// <summary>The query parameter that carries the page number.</summary>
    public string PageParameter { get; init; } = "page";

    /// <summary>The element the links scroll to (its id, without <c>#</c>), or none.</summary>
    public string? Fragment { get; init; }

    /// <summary>The name of the pager's navigation landmark: a page with several pagers tells them apart by it.</summary>
    public string Label { get; init; } = "Pages";

    /// <summary>The same list sorted another way.</summary>
    public Pager WithSort(string column, string order) =>
        new(path, Number, TotalPages, filters, column, order) { PageParameter = PageParameter, Fragment = Fragment, Label = Label, PagesUnknown = PagesUnknown };

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
        encoder.Encode(writer, PageParameter);
        encoder.Encode(writer, "=");
        encoder.Encode(writer, page.ToString(CultureInfo.InvariantCulture));
        if (Fragment is not null)
        {
            encoder.Encode(writer, "#");
            encoder.Encode(writer, Uri.EscapeDataString(Fragment));
        }
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
