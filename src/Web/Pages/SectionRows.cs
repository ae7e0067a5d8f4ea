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

    internal SectionRows(PagedSection section, Page<T> rows, PagedSections sections)
    {
        this.section = section;
        this.sections = sections;
        Rows = rows;
    }

    public Page<T> Rows { get; }

    /// <summary>How many rows the backend sent, the ones not shown included.</summary>
    public int Total => Rows.TotalItems;

    /// <summary>
    /// "Showing the 20 newest of 3,000 claims." on the first page of a list by time, else "Showing claims 21–40 of 3,000,
    /// newest first.", or "Showing claim 3,000 of 3,000, newest first." for a page of one; null when every row is shown.
    /// </summary>
    public string? CountLine
    {
        get
        {
            if (Rows.TotalPages == 1)
            {
                return null;
            }

            var total = Display.Number(Total);
            if (Rows.Number == 1 && section.Order.FirstRowsWord is { } firstRows)
            {
                return $"Showing the {Display.Number(Rows.Items.Count)} {firstRows} of {total} {section.Plural}.";
            }

            var first = ((Rows.Number - 1) * Rows.Size) + 1;
            var shown = Rows.Items.Count == 1
                ? $"{section.Singular} {Display.Number(first)}"
                : $"{section.Plural} {Display.Number(first)}–{Display.Number(first + Rows.Items.Count - 1)}";
            return $"Showing {shown} of {total}, {section.Order.Words}.";
        }
    }

    /// <summary>The links to the section's other pages; <see cref="Shared.ListControls.Pager"/> writes none for a section of one page.</summary>
    public Pager Pager => sections.PagerFor(section, Rows.Number, Rows.TotalPages);
}
