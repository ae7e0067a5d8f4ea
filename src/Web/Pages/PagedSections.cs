using System.Globalization;
using Portal.Domain.Common;

namespace Portal.Web.Pages;

/// <summary>
/// The paged sections of one page, each paging on its own by the query parameter it names. Portal keeps nothing between
/// requests, so each request cuts its page from the backend's whole answer, in the backend's order; the adapters keep
/// every row. A section's links keep the page every other section shows, and an address asking a section for a page past
/// its end is sent to its last page with the page's other parameters (a confirmation), as a list's is sent with its
/// filters and sort (<see cref="ListPageModel{T}"/>).
/// </summary>
public sealed class PagedSections
{
    private readonly string path;
    private readonly IReadOnlyList<PagedSection> sections;
    private readonly IReadOnlyDictionary<string, string?> otherParameters;

    // Each section's page: as asked, then, once cut, as shown.
    private readonly Dictionary<string, int> pages;
    private (PagedSection Section, int LastPage)? pastTheEnd;

    /// <param name="path">The page's address without its query.</param>
    /// <param name="askedPage">The page asked for in a query parameter, 1 or more.</param>
    /// <param name="otherParameters">
    /// The page's other query parameters as the address gave them (blank ones are left out): kept when the address is sent
    /// to a section's last page, so that a confirmation it carries is not lost; its section links leave them out.
    /// </param>
    /// <param name="sections">The page's paged sections, each with a parameter of its own.</param>
    public PagedSections(string path, Func<string, int> askedPage, IReadOnlyDictionary<string, string?> otherParameters, params IReadOnlyList<PagedSection> sections)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(askedPage);
        ArgumentNullException.ThrowIfNull(otherParameters);
        ArgumentNullException.ThrowIfNull(sections);
        this.path = path;
        this.sections = sections;
        this.otherParameters = otherParameters;
        pages = sections.ToDictionary(section => section.Parameter, section => askedPage(section.Parameter), StringComparer.Ordinal);
    }

    /// <summary>
    /// Where an address that asked a section for a page past its end is sent: that section's last page, the other sections'
    /// pages and the page's other parameters kept. Null when no section was asked past its end.
    /// </summary>
    public string? PastTheEnd => pastTheEnd is { } end ? PagerFor(end.Section, end.LastPage, end.LastPage, otherParameters).UrlFor(end.LastPage) : null;

    /// <summary>The page of <paramref name="rows"/> the address asks <paramref name="section"/> for, the last when it asks past the end.</summary>
    public SectionRows<T> Cut<T>(PagedSection section, IReadOnlyList<T> rows)
    {
        ArgumentNullException.ThrowIfNull(section);
        ArgumentNullException.ThrowIfNull(rows);
        var asked = pages[section.Parameter];
        var totalPages = Paging.PagesFor(rows.Count, section.Size);
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
    internal Pager PagerFor(PagedSection section, int number, int totalPages) => PagerFor(section, number, totalPages, kept: null);

    private Pager PagerFor(PagedSection section, int number, int totalPages, IReadOnlyDictionary<string, string?>? kept)
    {
        var parameters = kept is null ? new Dictionary<string, string?>(StringComparer.Ordinal) : new Dictionary<string, string?>(kept, StringComparer.Ordinal);
        foreach (var other in sections.Where(other => other.Parameter != section.Parameter))
        {
            parameters[other.Parameter] = pages[other.Parameter] > 1 ? pages[other.Parameter].ToString(CultureInfo.InvariantCulture) : null;
        }

        return new Pager(path, number, totalPages, parameters)
        {
            PageParameter = section.Parameter,
            Fragment = section.Heading,
            Label = "Pages of " + section.Plural,
        };
    }
}
