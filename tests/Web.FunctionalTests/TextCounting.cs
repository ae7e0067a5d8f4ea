namespace Portal.Web.FunctionalTests;

/// <summary>How often a piece of markup stands in a page, for the tests that count rows, links or notes.</summary>
internal static class TextCounting
{
    public static int Occurrences(this string text, string part) =>
        (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;
}
