using Microsoft.AspNetCore.Mvc;
using Portal.Application.Common.Exceptions;
using Portal.Domain.Common;
using Portal.Web.Formatting;

namespace Portal.Web.Pages;

/// <summary>
/// A practice's paged list: a filter value the validator refuses is a message beside its filter (400) over an empty
/// list, not an error page; a page past the end redirects to the last page; and the page's rows can be sorted by a
/// column. The backends' list contracts take no sort order, so sorting orders the rows of the page shown, and the
/// page says so.
/// </summary>
public abstract class ListPageModel<T>(PortalPageServices services) : TenantPageModel(services), ISortableList
{
    /// <summary>The page asked for (<c>?page=</c>); 1 when none, not a number or below 1, and past the end when too large to be a page number.</summary>
    public int PageNumber => PageNumberIn("page");

    /// <summary>The column the rows are sorted by: <c>?sort=</c> when it names one of <see cref="SortKeys"/>, else none.</summary>
    public string? Sort { get; private set; }

    public string? Direction => QueryValue("dir");

    public Page<T>? List { get; private set; }

    public Pager? Pager { get; private set; }

    public bool Descending => string.Equals(Direction, "desc", StringComparison.OrdinalIgnoreCase);

    /// <summary>The list's address without its query.</summary>
    protected abstract string ListPath { get; }

    /// <summary>The list's filters as they go into its links, blank ones left out.</summary>
    protected abstract IReadOnlyDictionary<string, string?> Filters { get; }

    /// <summary>Whether the reader narrowed the list by any of its filters (a search among them).</summary>
    public bool IsFiltered => Filters.Values.Any(value => !string.IsNullOrWhiteSpace(value));

    /// <summary>What this list says when the page shown has no rows (<see cref="Display.EmptyPage"/>), its filters counted.</summary>
    public string EmptyText(string plural) => Display.EmptyPage(List!, plural, IsFiltered);

    /// <summary>The columns the rows can be sorted by: the code in the address and the value compared.</summary>
    protected abstract IReadOnlyDictionary<string, Func<T, IComparable?>> SortKeys { get; }

    /// <summary>The link of a column header: sorts by it ascending, or flips the order when it is the current sort.</summary>
    public Pager SortedBy(string column) => Pager!.WithSort(column, IsSortedBy(column) && !Descending ? "desc" : "asc");

    public bool IsSortedBy(string column) => string.Equals(Sort, column, StringComparison.OrdinalIgnoreCase);

    /// <summary>The <c>aria-sort</c> of a column header: only the sorted column has one.</summary>
    public string? AriaSort(string column) => IsSortedBy(column) ? (Descending ? "descending" : "ascending") : null;

    protected async Task<IActionResult> ListAsync(Func<int, Task<Page<T>>> load)
    {
        ArgumentNullException.ThrowIfNull(load);
        var asked = QueryValue("sort");
        var sort = asked is not null && SortKeys.Keys.FirstOrDefault(k => string.Equals(k, asked, StringComparison.OrdinalIgnoreCase)) is { } known ? known : null;
        Sort = sort;
        var requested = PageNumber;
        try
        {
            List = await load(requested);
        }
        catch (RequestValidationException invalid)
        {
            ShowErrors(invalid);
            List = new Page<T>([], 1, PageRequest.DefaultSize, 0);
        }

        // A page past the last is sent to the last. Judged by the page asked for, not the one the backend says it gave: a
        // backend whose page number disagrees with its page count would otherwise send the reader to the same address forever.
        Pager = new Pager(ListPath, Math.Min(List.Number, List.TotalPages), List.TotalPages, Filters, sort, sort is null ? null : (Descending ? "desc" : "asc"))
        {
            PagesUnknown = List.PagesUnknown,
        };
        if (requested > List.TotalPages)
        {
            return Redirect(Pager.UrlFor(List.TotalPages));
        }

        if (sort is not null)
        {
            var key = SortKeys[sort];
            var sorted = Descending ? List.Items.OrderByDescending(key) : List.Items.OrderBy(key);
            List = List with { Items = sorted.ToArray() };
        }

        return Page();
    }
}
