namespace Portal.Web.Pages;

/// <summary>A list whose column headers sort its rows, for the <c>_SortHeader</c> partial.</summary>
public interface ISortableList
{
    string SortUrl(string column);

    string? AriaSort(string column);
}
