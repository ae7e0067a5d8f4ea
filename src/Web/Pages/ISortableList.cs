namespace Portal.Web.Pages;

/// <summary>A list whose column headers sort its rows, for <see cref="Shared.ListControls.SortHeader"/>.</summary>
public interface ISortableList
{
    /// <summary>The list's pages as a column header's link sorts them.</summary>
    Pager SortedBy(string column);

    string? AriaSort(string column);
}
