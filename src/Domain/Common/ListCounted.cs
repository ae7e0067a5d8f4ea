namespace Portal.Domain.Common;

/// <summary>What a backend counted of a list it sent one page of.</summary>
public enum ListCounted
{
    /// <summary>The list's rows, and so its pages.</summary>
    Rows = 0,

    /// <summary>The list's pages, not its rows: the page count is the backend's own, the total unknown.</summary>
    PagesOnly,

    /// <summary>Nothing: the total is unknown, and the pages are only those known to be there.</summary>
    Nothing,
}
