namespace Portal.Web.Pages;

/// <summary>
/// The order of a paged section's rows in the words of its count line: "Showing claims 21–40 of 3,000, newest first";
/// an order by time also names its first page's rows, "Showing the 20 newest of 3,000 claims".
/// </summary>
public sealed record RowOrder(string Words, string? FirstRowsWord = null)
{
    /// <summary>Ordered by time, the latest first.</summary>
    public static RowOrder NewestFirst { get; } = new("newest first", "newest");
}
