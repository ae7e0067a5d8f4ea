using System.Globalization;
using System.Text;

namespace Portal.Web.Pages;

/// <summary>Previous/next links for a paged list, keeping the list's filters in the query string.</summary>
public sealed class Pager(string path, int number, int totalPages, IReadOnlyDictionary<string, string?> filters)
{
    public int Number { get; } = number;

    public int TotalPages { get; } = totalPages;

    public string UrlFor(int page)
    {
        var query = new StringBuilder();
        foreach (var (name, value) in filters.Where(f => !string.IsNullOrWhiteSpace(f.Value)))
        {
            query.Append(query.Length == 0 ? '?' : '&').Append(name).Append('=').Append(Uri.EscapeDataString(value!));
        }

        query.Append(query.Length == 0 ? '?' : '&').Append("page=").Append(page.ToString(CultureInfo.InvariantCulture));
        return path + query;
    }
}
