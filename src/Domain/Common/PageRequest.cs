namespace Portal.Domain.Common;

/// <summary>Which page of a list to fetch: page ≥ 1 and 1 ≤ size ≤ <see cref="MaxSize"/>.</summary>
public sealed record PageRequest
{
    public const int MaxSize = 100;
    public const int DefaultSize = 25;

    public PageRequest(int number, int size)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(size, MaxSize);
        Number = number;
        Size = size;
    }

    public int Number { get; }

    public int Size { get; }

    public static PageRequest First { get; } = new(1, DefaultSize);
}
