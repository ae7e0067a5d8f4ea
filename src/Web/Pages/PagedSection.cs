namespace Portal.Web.Pages;

/// <summary>
/// A section of a page that shows a list its backend sends whole, at most <see cref="Size"/> rows at a time: the query
/// parameter of its page number, what a row and its rows are called ("claim", "claims"), their order, and the id of its
/// heading, where its page links bring the reader back to.
/// </summary>
public sealed record PagedSection(string Parameter, int Size, string Singular, string Plural, RowOrder Order, string? Heading = null);
