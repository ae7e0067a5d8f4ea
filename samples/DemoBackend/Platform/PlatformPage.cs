using Microsoft.AspNetCore.Http;

namespace Portal.Demo.Backend.Platform;

/// <summary>One page of a list, with both pagination dialects of platform-api.md.</summary>
internal sealed class PlatformPage<T>
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;

    private PlatformPage(IReadOnlyList<T> items, int page, int limit, int total)
    {
        Items = items;
        Page = page;
        Limit = limit;
        Total = total;
    }

    public IReadOnlyList<T> Items { get; }

    public int Page { get; }

    public int Limit { get; }

    public int Total { get; }

    public int Pages => Math.Max(1, (Total + Limit - 1) / Limit);

    public static PlatformPage<T> Of(IReadOnlyList<T> all, PlatformCall call)
    {
        var page = Math.Max(1, call.Int("page") ?? 1);
        var limit = Math.Clamp(call.Int("limit") ?? DefaultLimit, 1, MaxLimit);
        return new PlatformPage<T>(all.Skip((page - 1) * limit).Take(limit).ToList(), page, limit, all.Count);
    }

    /// <summary><c>{page, limit, total, pages, has_next, has_previous}</c>.</summary>
    public object Pagination() => new
    {
        page = Page,
        limit = Limit,
        total = Total,
        pages = Pages,
        has_next = Page < Pages,
        has_previous = Page > 1,
    };

    /// <summary>Billing's names: <c>{current_page, limit, total_items, total_pages, has_next, has_previous}</c>.</summary>
    public object BillingPagination() => new
    {
        current_page = Page,
        limit = Limit,
        total_items = Total,
        total_pages = Pages,
        has_next = Page < Pages,
        has_previous = Page > 1,
    };

    /// <summary><c>{success, data: {[name]: items, pagination}}</c>.</summary>
    public IResult Answer<TItem>(string name, Func<T, TItem> item) => PlatformResults.Ok(new
    {
        success = true,
        data = new Dictionary<string, object?> { [name] = Items.Select(item).ToList(), ["pagination"] = Pagination() },
    });

    /// <summary>Billing's shape: <c>{success, [name]: items, pagination}</c> with billing's pagination names.</summary>
    public IResult BillingAnswer<TItem>(string name, Func<T, TItem> item) => PlatformResults.Ok(new Dictionary<string, object?>
    {
        ["success"] = true,
        [name] = Items.Select(item).ToList(),
        ["pagination"] = BillingPagination(),
    });
}
