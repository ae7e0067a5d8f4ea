namespace Portal.Demo.Backend;

/// <summary>The rows of one page of a list, as every list of the demo serves them.</summary>
internal static class PageRows
{
    /// <summary>
    /// The rows of page <paramref name="page"/> (from 1) of a list <paramref name="limit"/> rows a page. The offset is
    /// counted in <c>long</c>: at page <c>int.MaxValue</c> it would wrap round in <c>int</c> to a negative one, and the page
    /// would show the list's first rows instead of none, as any page past the end does.
    /// </summary>
    public static IEnumerable<T> Of<T>(IEnumerable<T> all, int page, int limit) =>
        all.Skip((int)Math.Clamp(((long)page - 1) * limit, 0, int.MaxValue)).Take(limit);
}
