namespace Portal.Domain.Common;

/// <summary>How many pages rows fill, a backend's page of which some rows could not be shown, and one of a list it gave no total of.</summary>
public static class Paging
{
    /// <summary>The pages <paramref name="items"/> rows fill at <paramref name="size"/> a page: one when there are none.</summary>
    public static int PagesFor(int items, int size) => items == 0 ? 1 : (int)((items + (long)size - 1) / size);

    /// <summary>
    /// A backend's page of <paramref name="sentTotal"/> rows of which <paramref name="rowsLeftOut"/> sent on this page could
    /// not be shown: counted without them (never fewer than it shows), on the backend's own pages, whose last rows the
    /// lowered count would otherwise put beyond the last page number.
    /// </summary>
    public static Page<T> LessRowsLeftOut<T>(IReadOnlyList<T> items, int number, int size, int sentTotal, int rowsLeftOut)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentOutOfRangeException.ThrowIfNegative(sentTotal);
        return new Page<T>(items, number, size, Math.Max(sentTotal - rowsLeftOut, items.Count))
        {
            TotalPages = PagesFor(sentTotal, size),
            RowsLeftOut = rowsLeftOut,
        };
    }

    /// <summary>
    /// A backend's page of a list it gave no total of: <paramref name="sentRows"/> rows sent (the rows left out included),
    /// which are no total (<see cref="Page{T}.TotalUnknown"/>). Its pages are <paramref name="sentPages"/>, the backend's
    /// own count, when it gave one; else only those known to be there (<see cref="Page{T}.PagesUnknown"/>): a full page
    /// promises at least one more and a shorter one is the last, but none follows the largest page number.
    /// </summary>
    public static Page<T> Uncounted<T>(IReadOnlyList<T> items, int number, int size, int sentRows, int? sentPages) =>
        new(items, number, size, sentRows)
        {
            TotalPages = sentPages ?? (sentRows < size || number == int.MaxValue ? number : number + 1),
            Counted = sentPages is null ? ListCounted.Nothing : ListCounted.PagesOnly,
        };
}
