using Microsoft.AspNetCore.Html;

namespace Portal.Web.Pages.Shared;

/// <summary>
/// The controls of a sortable, paged list, written by C# instead of partial views: each partial cost a view, a view
/// context, view data and buffers (about a tenth of a list page's allocations). They write the same bytes the partials
/// did, trailing line break included, and encode every value with the page's encoder.
/// </summary>
public static class ListControls
{
    /// <summary>Said once beside each sortable table: the backends return pages in their own order.</summary>
    public static IHtmlContent SortNote { get; } = new HtmlString("<p class=\"muted sort-note\">Sorting a column orders the rows of this page.</p>\n");

    /// <summary>A column header that sorts the page's rows by its column; the sorted one says which way.</summary>
    public static IHtmlContent SortHeader(ISortableList list, string column, string label, string? cssClass = null) =>
        new SortHeader(list, column, label, cssClass);

    /// <summary>
    /// A list's drop-down filter named <paramref name="name"/> in the address, for the page's property <paramref name="field"/>;
    /// a refused value is told <paramref name="refusal"/>, or that Portal does not know it.
    /// </summary>
    public static IHtmlContent Filter(
        FormPageModel page, string name, string field, string label, IReadOnlyList<string> codes, string? value, string? refusal = null) =>
        new FilterSelect(page, name, field, label, codes, value, refusal);

    /// <summary>Previous and next links with the page's number, or nothing for a list of one page.</summary>
    public static IHtmlContent Pager(Pager? pager) =>
        pager is { TotalPages: > 1 } ? new PagerLinks(pager) : HtmlString.Empty;
}
