using System.Globalization;
using System.Text;

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
        var query = new StringBuilder();
        var parameters = filters.Append(new("sort", sort)).Append(new("dir", direction));
        foreach (var (name, value) in parameters.Where(f => !string.IsNullOrWhiteSpace(f.Value)))
        {
            query.Append(query.Length == 0 ? '?' : '&').Append(name).Append('=').Append(Uri.EscapeDataString(value!));
        }

        query.Append(query.Length == 0 ? '?' : '&').Append("page=").Append(page.ToString(CultureInfo.InvariantCulture));
        return path + query;
    }
}
