using System.Globalization;
using Portal.Domain.Common;

namespace Portal.Web.Pages;

/// <summary>
/// The paged sections of one page, each paging on its own by the query parameter it names. Portal keeps nothing between
/// requests, so each request cuts its page from the backend's whole answer, in the backend's order; the adapters keep
/// every row. A section's links keep the page every other section shows, and an address asking a section for a page past
/// its end is sent to its last page, as a list's is (<see cref="ListPageModel{T}"/>).
/// </summary>
public sealed class PagedSections
{
    private readonly string path;
    private readonly IReadOnlyList<PagedSection> sections;

    // Each section's page: as asked, then, once cut, as shown.
    private readonly Dictionary<string, int> pages;
    private (PagedSection Section, int LastPage)? pastTheEnd;

    /// <param name="path">The page's address without its query.</param>
    /// <param name="askedPage">The page asked for in a query parameter, 1 or more.</param>
    /// <param name="sections">The page's paged sections, each with a parameter of its own.</param>
    public PagedSections(string path, Func<string, int> askedPage, params IReadOnlyList<PagedSection> sections)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(askedPage);
        ArgumentNullException.ThrowIfNull(sections);
        this.path = path;
        this.sections = sections;
        pages = sections.ToDictionary(section => section.Parameter, section => askedPage(section.Parameter), StringComparer.Ordinal);
    }

    /// <summary>
    /// Where an address that asked a section for a page past its end is sent: that section's last page, the other sections'
    /// pages kept. Null when no section was asked past its end.
    /// </summary>
    public string? PastTheEnd => pastTheEnd is { } end ? PagerFor(end.Section, end.LastPage, end.LastPage).UrlFor(end.LastPage) : null;

    /// <summary>The page of <paramref name="rows"/> the address asks <paramref name="section"/> for, the last when it asks past the end.</summary>
    public SectionRows<T> Cut<T>(PagedSection section, IReadOnlyList<T> rows)
    {
        ArgumentNullException.ThrowIfNull(section);
        ArgumentNullException.ThrowIfNull(rows);
        var asked = pages[section.Parameter];
        var totalPages = Math.Max(1, (int)((rows.Count + (long)section.Size - 1) / section.Size));
        var number = Math.Min(asked, totalPages);
        if (asked > totalPages)
        {
            pastTheEnd ??= (section, totalPages);
        }

        pages[section.Parameter] = number;
        var shown = rows.Count <= section.Size ? rows : rows.Skip((number - 1) * section.Size).Take(section.Size).ToArray();
        return new SectionRows<T>(section, new Page<T>(shown, number, section.Size, rows.Count), this);
    }

    /// <summary>The links of <paramref name="section"/>'s pages, keeping the page each other section shows (the first page is left out).</summary>
    internal Pager PagerFor(PagedSection section, int number, int totalPages)
    {
        var others = sections
            .Where(other => other.Parameter != section.Parameter)
            .ToDictionary(
                other => other.Parameter,
                other => pages[other.Parameter] > 1 ? pages[other.Parameter].ToString(CultureInfo.InvariantCulture) : null,
                StringComparer.Ordinal);
        return new Pager(path, number, totalPages, others)
        {
            PageParameter = section.Parameter,
            Fragment = section.Heading,
            Label = "Pages of " + section.Plural,
        };
    }
}
