namespace Portal.Domain.Common;

/// <summary>One page of a list as a backend returned it.</summary>
public sealed record Page<T>
{
    public Page(IReadOnlyList<T> items, int number, int size, int totalItems)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(totalItems);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(items.Count, size);
        Items = items;
        Number = number;
        Size = size;
        TotalItems = totalItems;
    }

    public IReadOnlyList<T> Items { get; }

    public int Number { get; }

    public int Size { get; }

    public int TotalItems { get; }

    public int TotalPages => TotalItems == 0 ? 1 : (int)((TotalItems + (long)Size - 1) / Size);

    public bool HasPrevious => Number > 1;

    public bool HasNext => Number < TotalPages;
}
