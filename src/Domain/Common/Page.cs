namespace Portal.Domain.Common;

/// <summary>One page of a list as a backend returned it.</summary>
public sealed record Page<T>
{
    private readonly int? totalPages;
    private readonly int rowsLeftOut;
    private readonly ListCounted counted;
    private readonly IReadOnlyList<T> items = [];

    public Page(IReadOnlyList<T> items, int number, int size, int totalItems)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(totalItems);
        Number = number;
        Size = size;
        TotalItems = totalItems;
        Items = items;
    }

    /// <summary>The page's rows; settable so that the same page in another order (<c>page with { Items = … }</c>) keeps every count.</summary>
    public IReadOnlyList<T> Items
    {
        get => items;
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value.Count, Size);
            items = value;
        }
    }

    public int Number { get; }

    public int Size { get; }

    /// <summary>
    /// The list's rows as the backend counts them, less those of this page it sent that could not be shown, if an adapter
    /// says so; while <see cref="TotalUnknown"/>, only the rows this page sent.
    /// </summary>
    public int TotalItems { get; }

    /// <summary>What the backend counted of the list: its rows (the total and its pages) unless set.</summary>
    public ListCounted Counted
    {
        get => counted;
        init
        {
            if (!Enum.IsDefined(value))
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, "Not a way of counting a list.");
            }

            counted = value;
        }
    }

    /// <summary>
    /// The backend gave no count of the list's rows: <see cref="TotalItems"/> is then no total, so nothing reads this page
    /// as the whole list; <see cref="TotalPages"/> is the backend's page count, or only the pages known to be there while
    /// <see cref="PagesUnknown"/>.
    /// </summary>
    public bool TotalUnknown => Counted != ListCounted.Rows;

    /// <summary>
    /// The backend gave neither a total nor a page count: <see cref="TotalPages"/> is only the pages known to be there
    /// (<see cref="Paging.Uncounted"/>), not how many the list has.
    /// </summary>
    public bool PagesUnknown => Counted == ListCounted.Nothing;

    /// <summary>
    /// As many pages as <see cref="TotalItems"/> fill, unless set: a backend's rows that cannot be shown still take up
    /// their places on its pages, so a count lowered by them keeps the backend's pages (never fewer than the count fills),
    /// lest the last rows or the page being read fall outside the page numbers.
    /// </summary>
    public int TotalPages
    {
        get => totalPages ?? Paging.PagesFor(TotalItems, Size);
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, Paging.PagesFor(TotalItems, Size));
            totalPages = value;
        }
    }

    /// <summary>
    /// The rows of this page the backend sent that could not be shown, by which an adapter lowered
    /// <see cref="TotalItems"/>; 0 unless set. While it is 0 the count is the backend's own, so a change of one row moves
    /// the count and the pages alike.
    /// </summary>
    public int RowsLeftOut
    {
        get => rowsLeftOut;
        init
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value);
            rowsLeftOut = value;
        }
    }

    public bool HasPrevious => Number > 1;

    public bool HasNext => Number < TotalPages;

}
