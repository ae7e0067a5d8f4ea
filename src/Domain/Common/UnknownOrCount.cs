namespace Portal.Domain.Common;

/// <summary>
/// A count a backend gives beside other figures: a number of things, or null when it did not say or said something that
/// cannot be a count. One missing count is a dash on the page, never the page.
/// </summary>
public static class UnknownOrCount
{
    /// <summary>The count as given, or null when it is missing or negative.</summary>
    public static int? From(int? given) => given >= 0 ? given : null;

    internal static void Require(int? count, string name)
    {
        if (count < 0)
        {
            throw new ArgumentOutOfRangeException(name, count, "A count cannot be negative.");
        }
    }
}
