using Microsoft.AspNetCore.Http;

namespace Portal.Demo.Backend.Platform;

/// <summary>The Platform's pagination dialects (platform-api.md §2.2), each with its own edge rules.</summary>
internal static class PlatformPage
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;

    /// <summary>
    /// Billing lists: top-level <c>pagination {current_page, total_pages, total_items, has_next, has_previous, limit}</c>;
    /// <c>total_pages</c> 0 when empty; the page is not clamped; a non-numeric page or limit gets 503.
    /// </summary>
    public static IResult Billing<T>(PlatformCall call, IReadOnlyList<T> all, string name, Func<T, object> item, string unavailable)
    {
        if (!TryNumber(call, "page", 1, out var page) || !TryNumber(call, "limit", DefaultLimit, out var limit))
        {
            return PlatformResults.Error(StatusCodes.Status503ServiceUnavailable, unavailable);
        }

        page = Math.Max(1, page);
        limit = Math.Clamp(limit, 1, MaxLimit);
        var pages = (all.Count + limit - 1) / limit;
        return PlatformResults.Ok(new Dictionary<string, object?>
        {
            ["success"] = true,
            [name] = PageRows.Of(all, page, limit).Select(item).ToList(),
            ["pagination"] = new
            {
                current_page = page,
                total_pages = pages,
                total_items = all.Count,
                has_next = page < pages,
                has_previous = page > 1,
                limit,
            },
        });
    }

    /// <summary>
    /// <c>billing/documents/</c>: billing's six keys, but <c>total_pages</c> at least 1, the page clamped to the last one,
    /// and an invalid page or limit read as 1 and 20.
    /// </summary>
    public static (object Pagination, List<T> Rows) Documents<T>(PlatformCall call, IReadOnlyList<T> all)
    {
        var limit = TryNumber(call, "limit", DefaultLimit, out var l) && l is >= 1 and <= MaxLimit ? l : DefaultLimit;
        var pages = Math.Max(1, (all.Count + limit - 1) / limit);
        var page = TryNumber(call, "page", 1, out var p) && p >= 1 ? Math.Min(p, pages) : 1;
        var rows = PageRows.Of(all, page, limit).ToList();
        return (new { current_page = page, total_pages = pages, total_items = all.Count, has_next = page < pages, has_previous = page > 1, limit }, rows);
    }

    /// <summary>
    /// Services: <c>data.pagination {page, limit, total, pages, has_next, has_previous}</c> like Django's paginator:
    /// <c>pages</c> at least 1, rows from the clamped page while <c>page</c> echoes the request; non-numeric gets 500.
    /// </summary>
    public static (object Pagination, List<T> Rows)? Services<T>(PlatformCall call, IReadOnlyList<T> all)
    {
        if (!TryNumber(call, "page", 1, out var page) || !TryNumber(call, "limit", DefaultLimit, out var limit) || limit < 1)
        {
            return null;
        }

        limit = Math.Min(limit, MaxLimit);
        var pages = Math.Max(1, (all.Count + limit - 1) / limit);
        var served = Math.Clamp(page, 1, pages);
        var rows = PageRows.Of(all, served, limit).ToList();
        return (new { page, limit, total = all.Count, pages, has_next = served < pages, has_previous = served > 1 }, rows);
    }

    /// <summary>Tickets: the same keys as services, <c>pages</c> 0 when empty; non-numeric values fall back to 1 and 20.</summary>
    public static (object Pagination, List<T> Rows) Tickets<T>(PlatformCall call, IReadOnlyList<T> all)
    {
        var page = TryNumber(call, "page", 1, out var p) ? Math.Max(1, p) : 1;
        var limit = TryNumber(call, "limit", DefaultLimit, out var l) ? Math.Clamp(l, 1, MaxLimit) : DefaultLimit;
        var pages = (all.Count + limit - 1) / limit;
        var rows = PageRows.Of(all, page, limit).ToList();
        return (new { page, limit, total = all.Count, pages, has_next = page < pages, has_previous = page > 1 }, rows);
    }

    /// <summary>An absent field is <paramref name="fallback"/>; a present one must be a whole number.</summary>
    private static bool TryNumber(PlatformCall call, string name, int fallback, out int value)
    {
        value = fallback;
        if (!call.Has(name))
        {
            return true;
        }

        if (call.Id(name) is { } number && number is >= int.MinValue and <= int.MaxValue)
        {
            value = (int)number;
            return true;
        }

        return false;
    }
}
