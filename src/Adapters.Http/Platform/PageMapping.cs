using Portal.Adapters.Http.Platform.Json;
using Portal.Domain.Common;

namespace Portal.Adapters.Http.Platform;

/// <summary>The Platform's two pagination dialects as one Domain <see cref="Page{T}"/>.</summary>
internal static class PageMapping
{
    /// <summary>
    /// A page of a list whose count pages show (services, tickets): the rows Portal can address
    /// (<see cref="AddressableItems"/>) among the page's own, and the Platform's total less the rows of this page left out,
    /// never below the rows shown, so the count is of rows a customer can open, as HTPI's patient count is. The rows left
    /// out still take up their places on the Platform's pages, so the page count stays the Platform's: fewer pages would
    /// put the last rows, or the page being read, beyond the last page number. Without a total the count is unknown and
    /// the pages are the Platform's <c>pages</c> (<see cref="Uncounted"/>).
    /// </summary>
    public static Page<TItem> ToCountedPage<TDto, TItem>(
        List<TDto?>? rows,
        string field,
        Func<TDto, string?> id,
        Func<TDto, TItem> map,
        PlatformPagination? pagination,
        PageRequest requested)
        where TDto : class
    {
        if (pagination is null)
        {
            throw new FormatException("'pagination' is missing.");
        }

        var size = Positive(pagination.Limit) ?? requested.Size;
        var number = Positive(pagination.Page) ?? requested.Number;
        var pageRows = FirstRows(Present(rows, field), size);
        var items = Addressable(pageRows, id, map);
        return UnknownOrCount.From(pagination.Total) is { } total
            ? Paging.LessRowsLeftOut(items, number, size, total, pageRows.Count - items.Length)
            : Uncounted(items, number, size, pageRows.Count, pagination.Pages);
    }

    /// <summary>
    /// A billing page (invoices, proformas, documents), whose size is its <c>limit</c>, else the requested one: of the
    /// page's own rows (<see cref="FirstRows"/>), as for services and tickets, those Portal can address
    /// (<see cref="AddressableItems"/>) and that <paramref name="map"/> gives an item for (none for a document of a kind
    /// Portal has no page for). These lists show no count, so the Platform's total is kept: the billing summary tells by
    /// it whether it read every invoice. Without a total, the page count is billing's <c>total_pages</c> instead.
    /// </summary>
    public static Page<TItem> ToPage<TDto, TItem>(
        List<TDto?>? rows,
        string field,
        Func<TDto, string?> id,
        Func<TDto, TItem?> map,
        BillingPagination? pagination,
        PageRequest requested)
        where TDto : class
        where TItem : class
    {
        if (pagination is null)
        {
            throw new FormatException("'pagination' is missing.");
        }

        var size = Positive(pagination.Limit) ?? requested.Size;
        var number = Positive(pagination.CurrentPage) ?? requested.Number;
        var pageRows = FirstRows(Present(rows, field), size);
        TItem[] items = [.. Addressable(pageRows, id, map).OfType<TItem>()];
        return UnknownOrCount.From(pagination.TotalItems) is { } total
            ? new Page<TItem>(items, number, size, total)
            : Uncounted(items, number, size, pageRows.Count, pagination.TotalPages);
    }

    /// <summary>
    /// The entries of a list that is not paged (a document's lines, a ticket's comments, the plans, the categories, …): a
    /// null entry says nothing and is left out, as a null row of a page is, rather than costing the list. The list itself
    /// is still required.
    /// </summary>
    public static IReadOnlyList<TItem> Items<TDto, TItem>(List<TDto?>? items, string field, Func<TDto, TItem> map)
        where TDto : class =>
        Present(items, field).OfType<TDto>().Select(map).ToArray();

    /// <summary>
    /// The rows Portal can address: a row whose id is missing or is no <see cref="Identifier"/> ("INV/1", "a b", "..",
    /// 3000 characters) could be neither opened nor linked, so it is left out, as unaddressable tenants are, rather than
    /// costing the customer the whole list; so is a null row. The list itself is still required.
    /// </summary>
    public static IReadOnlyList<TItem> AddressableItems<TDto, TItem>(List<TDto?>? items, string field, Func<TDto, string?> id, Func<TDto, TItem> map)
        where TDto : class =>
        Addressable(Present(items, field), id, map);

    /// <summary>
    /// The rows of a list keyed by the Platform's integer ids (addresses, whose changes name them as JSON numbers): a row
    /// whose id is no positive integer ("abc", 1.5, "12/3", none) could not be named in a change, so it is left out as
    /// <see cref="AddressableItems"/> leaves out the others; so is a null row. The list itself is still required.
    /// </summary>
    public static IReadOnlyList<TItem> NumberedItems<TDto, TItem>(List<TDto?>? items, string field, Func<TDto, string?> id, Func<TDto, long, TItem> map)
        where TDto : class =>
        [.. from item in Present(items, field).OfType<TDto>()
            let key = WireValues.TryPlatformId(id(item))
            where key is not null
            select map(item, key.Value)];

    /// <summary>
    /// A Platform that answers more rows than its page holds (1000 for a limit of 25) is read as far as the page goes: the
    /// first rows are shown, rather than the page failing over rows nobody wanted. The page is the Platform's own size
    /// (its <c>limit</c>), which its page numbers count in, so cutting it shorter would leave rows no page reaches. It is
    /// cut before any row is left out: a row left out still takes its place on the page, so a row past the page's end
    /// does not take it (it is the next page's).
    /// </summary>
    private static IReadOnlyList<T> FirstRows<T>(IReadOnlyList<T> items, int size) =>
        items.Count <= size ? items : items.Take(size).ToArray();

    private static TItem[] Addressable<TDto, TItem>(IEnumerable<TDto?> items, Func<TDto, string?> id, Func<TDto, TItem> map)
        where TDto : class =>
        items.OfType<TDto>().Where(item => Identifier.IsValid(id(item))).Select(map).ToArray();

    /// <summary>A page number or size the Platform gave, or null when it gave none that can be one (missing, 0, negative).</summary>
    public static int? Positive(int? given) => given > 0 ? given : null;

    /// <summary>
    /// A page of a list the Platform gave no total of, marked <see cref="Page{T}.TotalUnknown"/> rather than counted as 0,
    /// which would make this page the whole list: the billing summary would take it for every invoice, and a later page
    /// would lie beyond the last. Its pages are the Platform's own page count when it gave one above 0
    /// (<see cref="ListCounted.PagesOnly"/>); else only those known to be there (<see cref="Paging.Uncounted"/>): a full
    /// page (<paramref name="sentRows"/> of <paramref name="size"/>, the rows left out included) promises at least one more.
    /// </summary>
    private static Page<TItem> Uncounted<TItem>(IReadOnlyList<TItem> items, int number, int size, int sentRows, int? sentPages) =>
        Paging.Uncounted(items, number, size, sentRows, Positive(sentPages));

    private static List<TDto?> Present<TDto>(List<TDto?>? items, string field)
        where TDto : class =>
        items ?? throw new FormatException($"'{field}' is missing.");
}
