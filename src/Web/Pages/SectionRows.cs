using Portal.Domain.Common;
using Portal.Web.Formatting;

namespace Portal.Web.Pages;

/// <summary>
/// The rows a paged section shows on this page (<see cref="PagedSections.Cut{T}"/>), the line that says which of how many
/// they are, and the links to the others.
/// </summary>
public sealed class SectionRows<T>
{
    private readonly PagedSection section;
    private readonly PagedSections sections;
    private Pager? pager;

    internal SectionRows(PagedSection section, Page<T> rows, PagedSections sections)
    {
        this.section = section;
        this.sections = sections;
        Rows = rows;
        CountLine = CountLineOf(section, rows);
    }

    public Page<T> Rows { get; }

    /// <summary>How many rows the backend sent, the ones not shown included.</summary>
    public int Total => Rows.TotalItems;

    /// <summary>
    /// "Showing the 20 newest of 3,000 claims." on the first page of a list by time, else "Showing claims 21–40 of 3,000,
    /// newest first.", or "Showing claim 3,000 of 3,000, newest first." for a page of one; null when every row is shown.
    /// </summary>
    /// <remarks>Worded once, as the view reads it twice: for its line and for the table's description.</remarks>
    public string? CountLine { get; }

    /// <summary>
    /// The links to the section's other pages; <see cref="Shared.ListControls.Pager"/> writes none for a section of one
    /// page. Made when first read, once every section of the page is cut, as its links keep the others' pages.
    /// </summary>
    public Pager Pager => pager ??= sections.PagerFor(section, Rows.Number, Rows.TotalPages);

    private static string? CountLineOf(PagedSection section, Page<T> rows)
    {
        if (rows.TotalPages == 1)
        {
            return null;
        }

        var total = Display.Number(rows.TotalItems);
        if (rows.Number == 1 && section.Order.FirstRowsWord is { } firstRows)
        {
            return $"Showing the {Display.Number(rows.Items.Count)} {firstRows} of {total} {section.Plural}.";
        }

        var first = ((rows.Number - 1) * rows.Size) + 1;
        var shown = rows.Items.Count == 1
            ? $"{section.Singular} {Display.Number(first)}"
            : $"{section.Plural} {Display.Number(first)}–{Display.Number(first + rows.Items.Count - 1)}";
        return $"Showing {shown} of {total}, {section.Order.Words}.";
    }
}
